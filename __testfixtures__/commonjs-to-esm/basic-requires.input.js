'use strict';

var fs = require('fs');
const { join, resolve: resolvePath } = require('node:path');
let readFile = require('fs').readFile;
require('./polyfills');

function load(name) {
  return fs.readFileSync(resolvePath(join('data', name)), 'utf8') + readFile.length;
}

module.exports = load;
