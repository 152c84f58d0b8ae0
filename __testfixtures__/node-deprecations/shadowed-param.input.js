var util = require('util');

function check(util, x) {
  return util.isArray(x);
}
module.exports = { check: check, top: util.isArray([]) };
