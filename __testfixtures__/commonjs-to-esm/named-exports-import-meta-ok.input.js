'use strict';

var path = require('path');

exports.templatesDir = path.join(__dirname, 'templates');
exports.self = __filename;
