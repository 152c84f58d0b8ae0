'use strict';
var Shape = require('./shape');

function Circle(radius) {
  Shape.call(this, 'circle');
  this.radius = radius;
}
Circle.prototype = Object.create(Shape.prototype);
Circle.prototype.constructor = Circle;

Circle.prototype.area = function () {
  return Math.PI * this.radius * this.radius;
};

module.exports = Circle;
