'use strict';

var zeros = new Buffer(16);
var greeting = new Buffer('hello', 'utf8');
var bytes = Buffer([0x68, 0x69]);
var label = new Buffer(`id-${zeros.length}`);
// unknown argument type: could be a size or data
function copy(input) {
  return new Buffer(input);
}
module.exports = { zeros, greeting, bytes, label, copy };
