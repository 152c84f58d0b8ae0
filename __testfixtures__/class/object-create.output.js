'use strict';
var Shape = require('./shape');

class Circle extends Shape {
  constructor(radius) {
    super('circle');
    this.radius = radius;
  }

  area() {
    return Math.PI * this.radius * this.radius;
  }
}

module.exports = Circle;
