'use strict';
const path = require('path');
const { join } = require('path');
const helper = require('./helper.js')

function resolveAll(parts: string[]) {
  return path.resolve(join(...parts), helper.base);
}

module.exports = resolveAll;
