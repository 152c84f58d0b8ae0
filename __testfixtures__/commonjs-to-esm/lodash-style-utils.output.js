'use strict';

var hasOwn = Object.prototype.hasOwnProperty;

/** Returns true when `value` is a plain object. */
function isPlainObject(value) {
  return Object.prototype.toString.call(value) === '[object Object]';
}

function keys(object) {
  var result = [];
  for (var key in object) {
    if (hasOwn.call(object, key)) result.push(key);
  }
  return result;
}

export { isPlainObject };
export { keys };
export function identity(value) {
  return value;
}
export function noop() {}
export const VERSION = '1.0.0';
const _delete = function (object, key) {
  return delete object[key];
};
export { _delete as delete };

export default { isPlainObject, keys, identity, noop, VERSION, delete: _delete };
