'use strict';

var path = require('path');

exports.templatesDir = path.join(__dirname, 'templates');
exports.self = __filename;
exports.resolve = function (name) {
  return path.join(exports.templatesDir === undefined ? '' : __dirname, name);
};
