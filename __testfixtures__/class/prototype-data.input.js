'use strict';
// `unit` is data on the prototype: it stays an assignment, after the class; `format` still moves in.
function Timer() {
  this.started = Date.now();
}
Timer.prototype.elapsed = function () {
  return Date.now() - this.started;
};
Timer.prototype.unit = 'ms';
Timer.prototype.format = function () {
  return this.elapsed() + this.unit;
};
module.exports = Timer;
