'use strict';
const { SlowBuffer } = require('buffer');

function make(size, text) {
  const zeros = new Buffer(16);
  const hello = Buffer('hello', 'utf8');
  const bytes = new Buffer([1, 2, 3]);
  const slow = new SlowBuffer(size);
  return [zeros, hello, bytes, slow, new Buffer(`${text}!`)];
}

module.exports = make;
