const util = require('util');

module.exports = function format(value: unknown) {
  return util.inspect(value);
};
module.exports.version = 1;
