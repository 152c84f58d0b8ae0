'use strict';
function A(x) {
  this.x = x;
}
A.prototype.get = function () {
  return this.x;
};
module.exports = A;
