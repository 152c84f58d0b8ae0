var util = require('util');

function describe(value, options) {
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'string' || typeof value === 'number') return 'scalar';
  if (!(typeof options.callback === 'function')) options.callback = null;
  var missing = options.depth == null;
  var none = value === undefined ? 'none' : value === null && 'null';
  var flags = [typeof value === 'boolean', typeof value === 'symbol', Buffer.isBuffer(value)];
  return (value.inner !== null && typeof value.inner === 'object') ? 'object' : (value === null || (typeof value !== 'object' && typeof value !== 'function')) ? 'primitive' : missing + none + flags;
}

exports.isDate = function (d) {
  return util.types.isDate(d) || util.types.isRegExp(d);
};
exports.describe = describe;
exports.weird = typeof (describe(1, {}) + '') === 'string';
