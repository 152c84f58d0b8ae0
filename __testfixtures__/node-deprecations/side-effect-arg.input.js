const util = require('util');

module.exports = function (next) {
  return util.isObject(next()) || util.isPrimitive(next().value);
};
