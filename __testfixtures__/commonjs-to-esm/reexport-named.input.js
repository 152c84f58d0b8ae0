exports.parse = require('./parse');
exports.stringify = require('./stringify');
exports.defaults = require('./defaults.json');
