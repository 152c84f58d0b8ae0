'use strict';
function Timer() {
  this.started = Date.now();
}
Timer.prototype.elapsed = function () {
  return Date.now() - this.started;
};
registerTimer(Timer);
// Only members directly after the constructor move into the class; this one is assigned later.
Timer.prototype.format = function () {
  return this.elapsed() + 'ms';
};
module.exports = Timer;
