'use strict';
// `parser` is never declared: an implicit global, which throws once the file is an ES module.
parser = require('./helper');

module.exports = function parse(text) {
  return parser(text);
};
