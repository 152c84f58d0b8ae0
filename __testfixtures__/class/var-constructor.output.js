'use strict';
// A constructor stored in a variable: the class binding replaces the var (used nowhere before it).
class Stack {
  constructor() {
    this.items = [];
  }

  push(item) {
    this.items.push(item);
  }
}
module.exports = Stack;
