var parse = require('./parse');
var stringify = require('./stringify');
var formats = require('./formats');

module.exports = {
  formats: formats,
  parse: parse,
  stringify
};
