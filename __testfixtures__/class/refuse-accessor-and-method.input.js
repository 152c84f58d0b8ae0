'use strict';
function Cell(value) {
  this._value = value;
}
Object.defineProperty(Cell.prototype, 'value', {
  get: function () {
    return this._value;
  }
});
// Assigning over a getter-only accessor does nothing (throws in strict code); a class would keep the method.
Cell.prototype.value = function () {
  return this._value;
};
module.exports = Cell;
