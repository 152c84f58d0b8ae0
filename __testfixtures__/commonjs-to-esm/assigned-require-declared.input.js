'use strict';
// A plain top-level `let`, not read before it is assigned: hoisting the import is unobservable.
let helper;
helper = require('./helper');

module.exports = function run() {
  return helper();
};
