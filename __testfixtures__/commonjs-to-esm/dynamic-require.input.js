var path = require('path');

function loadPlugin(name) {
  return require(path.join(__dirname, 'plugins', name));
}

var colors;
try {
  colors = require('colors');
} catch (err) {
  colors = null;
}

module.exports = { loadPlugin: loadPlugin, colors: colors };
