'use strict';
const origin = new Vec(0, 0);
function Vec(x, y) {
  this.x = x;
  this.y = y;
}
Vec.prototype.len = function () {
  return Math.hypot(this.x, this.y);
};
module.exports = { Vec, origin };
