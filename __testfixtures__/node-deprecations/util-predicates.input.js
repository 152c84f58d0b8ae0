var util = require('util');

function describe(value, options) {
  if (util.isArray(value)) return 'array';
  if (util.isString(value) || util.isNumber(value)) return 'scalar';
  if (!util.isFunction(options.callback)) options.callback = null;
  var missing = util.isNullOrUndefined(options.depth);
  var none = util.isUndefined(value) ? 'none' : util.isNull(value) && 'null';
  var flags = [util.isBoolean(value), util.isSymbol(value), util.isBuffer(value)];
  return util.isObject(value.inner) ? 'object' : util.isPrimitive(value) ? 'primitive' : missing + none + flags;
}

exports.isDate = function (d) {
  return util.isDate(d) || util.isRegExp(d);
};
exports.describe = describe;
exports.weird = util.isString(describe(1, {}) + '');
