'use strict';

var zeros = Buffer.alloc(16);
var greeting = Buffer.from('hello', 'utf8');
var bytes = Buffer.from([0x68, 0x69]);
var label = Buffer.from(`id-${zeros.length}`);
// unknown argument type: could be a size or data
function copy(input) {
  return new Buffer(input);
}
module.exports = { zeros, greeting, bytes, label, copy };
