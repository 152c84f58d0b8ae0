'use strict';
class A {
  constructor(x) {
    this.x = x;
  }

  get() {
    return this.x;
  }
}
module.exports = A;
