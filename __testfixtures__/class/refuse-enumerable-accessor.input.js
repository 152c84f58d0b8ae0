'use strict';
function Box(value) {
  this.value = value;
}
Object.defineProperty(Box.prototype, 'size', {
  enumerable: true,
  get: function () {
    return this.value.length;
  }
});
Box.prototype.get = function () {
  return this.value;
};
module.exports = Box;
