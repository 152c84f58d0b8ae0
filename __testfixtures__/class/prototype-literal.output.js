'use strict';

class Counter {
  constructor(start) {
    this.count = start;
  }

  // Counting.
  // Adds one.
  increment() {
    this.count += 1;
    return this;
  }

  reset() {
    this.count = 0;
  }

  get value() {
    return this.count;
  }
}

module.exports = Counter;
