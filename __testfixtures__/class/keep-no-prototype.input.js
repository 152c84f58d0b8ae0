'use strict';
function helper(a) {
  return a * 2;
}
helper.cache = function () {};
module.exports = helper;
