'use strict';
import path = require('path');
const { join } = require('path');
import helper = require('./helper.js')

function resolveAll(parts: string[]) {
  return path.resolve(join(...parts), helper.base);
}

export = resolveAll;
