const pkg = require('../package.json');
const { version } = require('./version.json');

module.exports = function banner() {
  return pkg.name + '@' + version;
};
