'use strict';

function Counter(start) {
  this.count = start;
}

// Counting.
Counter.prototype = {
  constructor: Counter,
  // Adds one.
  increment: function () {
    this.count += 1;
    return this;
  },
  reset() {
    this.count = 0;
  },
  get value() {
    return this.count;
  }
};

module.exports = Counter;
