'use strict';
// A CommonJS helper whose names Node's export detection finds (exports.x = ...), so a converted
// importer may use named imports whether or not this file is converted too.
exports.parse = function (text) {
  return text.split(',');
};
exports.format = function (items) {
  return items.join(',');
};
