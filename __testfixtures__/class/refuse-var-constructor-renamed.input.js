'use strict';
// The function's own name differs from the variable's: the class could keep only one.
var Queue = function LinkedQueue() {
  this.items = [];
};
Queue.prototype.push = function (item) {
  this.items.push(item);
};
module.exports = Queue;
