'use strict';
const util = require('util');
const { isArray, _extend } = require('node:util');

function describe(value, options) {
  if (isArray(value)) return 'list';
  if (util.isString(value) && !util.isNullOrUndefined(options)) {
    util.puts('string: ' + value);
  }
  util.print(value);
  util.debug(`value ${value}`);
  util.debug(options.count + 1);
  util.error(options.message);
  return _extend({}, options);
}

module.exports = { describe, util };
