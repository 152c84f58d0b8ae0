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

exports.isPlainObject = isPlainObject;
exports.keys = keys;
exports.identity = function (value) {
  return value;
};
exports.noop = function noop() {};
exports.VERSION = '1.0.0';
exports.delete = function (object, key) {
  return delete object[key];
};
