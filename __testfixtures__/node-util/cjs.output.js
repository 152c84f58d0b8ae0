'use strict';
const util = require('util');

function describe(value, options) {
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'string' && !(options == null)) {
    console.log('string: ' + value);
  }
  process.stdout.write(String(value));
  console.error('DEBUG: ' + `value ${value}`);
  console.error('DEBUG: ' + (options.count + 1));
  console.error(String(options.message));
  return Object.assign({}, options);
}

module.exports = { describe, util };
