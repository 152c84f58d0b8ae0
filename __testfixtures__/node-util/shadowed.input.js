const util = require('util');

function local(util) {
  // a parameter named util anywhere in the file: nothing is trusted
  return util.isArray(util.list);
}

module.exports = { local, isArray: util.isArray([]) };
