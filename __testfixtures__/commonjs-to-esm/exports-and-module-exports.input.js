'use strict';
// Both names bound to the same function: the module.exports half is what exports it.
exports = module.exports = function greet(name) {
  return 'hello ' + name;
};
