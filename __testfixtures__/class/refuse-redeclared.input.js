'use strict';
var Point = function (x) {
  this.x = x;
};
Point.prototype.get = function () {
  return this.x;
};
// A second declaration of the same name: legal for var, a SyntaxError next to a class.
var Point;
module.exports = Point;
