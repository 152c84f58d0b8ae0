'use strict';

function make(size, text) {
  const zeros = Buffer.alloc(16);
  const hello = Buffer.from('hello', 'utf8');
  const bytes = Buffer.from([1, 2, 3]);
  const slow = Buffer.allocUnsafeSlow(size);
  return [zeros, hello, bytes, slow, Buffer.from(`${text}!`)];
}

module.exports = make;
