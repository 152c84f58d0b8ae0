'use strict';
function Range(lo, hi) {
  this.lo = lo;
  this.hi = hi;
}
Object.defineProperties(Range.prototype, {
  size: {
    get: function () {
      return this.hi - this.lo;
    }
  }
});
Range.prototype.has = function (n) {
  return n >= this.lo && n < this.hi;
};
module.exports = Range;
