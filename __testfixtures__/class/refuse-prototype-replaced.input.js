'use strict';
function Shape() {}
Shape.prototype.area = function () {
  return 0;
};
Shape.prototype = Object.create(Base.prototype);
module.exports = Shape;
