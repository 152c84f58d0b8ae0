'use strict';
// Assigning the wrapper's local `exports` exports nothing: require() of this file returns {}.
exports = function greet(name) {
  return 'hello ' + name;
};
