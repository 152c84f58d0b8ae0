'use strict';
// `unit` is data on the prototype: it stays an assignment, after the class; `format` still moves in.
class Timer {
  constructor() {
    this.started = Date.now();
  }

  elapsed() {
    return Date.now() - this.started;
  }

  format() {
    return this.elapsed() + this.unit;
  }
}
Timer.prototype.unit = 'ms';
module.exports = Timer;
