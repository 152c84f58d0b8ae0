'use strict';
var helper;
// `helper` is read before the assignment, so the require() stays where it runs (served by a
// createRequire prelude) instead of becoming a hoisted import.
console.log(typeof helper);
helper = require('./helper');

module.exports = function run() {
  return helper();
};
