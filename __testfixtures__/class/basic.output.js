'use strict';

class Point {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }

  add(other) {
    return new Point(this.x + other.x, this.y + other.y);
  }

  'to-string'() {
    return '(' + this.x + ', ' + this.y + ')';
  }

  static origin() {
    return new Point(0, 0);
  }
}

module.exports = Point;
