const { isArray, isObject } = require('util');
const { Buffer: NodeBuffer } = require('buffer');
const os = require('node:os');

module.exports = function (value, size) {
  const tmp = os.tmpdir();
  return Array.isArray(value) ? NodeBuffer(size || 8) : (value !== null && typeof value === 'object') ? NodeBuffer.alloc(4) : tmp;
};
