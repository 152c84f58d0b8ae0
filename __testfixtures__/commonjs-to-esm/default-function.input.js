var inherits = require('inherits');

// Creates a stream that counts bytes.
module.exports = function createCounter(options) {
  return { count: 0, options: options, inherits: inherits };
};
