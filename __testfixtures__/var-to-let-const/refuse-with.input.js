const defaults = require('./defaults');
module.exports = function read(scope) {
  var value = defaults.value;
  with (scope) {
    return value;
  }
};
