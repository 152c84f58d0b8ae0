'use strict';

function Point(x, y) {
  this.x = x;
  this.y = y;
}

Point.prototype.add = function (other) {
  return new Point(this.x + other.x, this.y + other.y);
};

Point.prototype['to-string'] = function () {
  return '(' + this.x + ', ' + this.y + ')';
};

Point.origin = function () {
  return new Point(0, 0);
};

module.exports = Point;
