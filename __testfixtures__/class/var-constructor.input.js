'use strict';
// A constructor stored in a variable: the class binding replaces the var (used nowhere before it).
var Stack = function () {
  this.items = [];
};
Stack.prototype.push = function (item) {
  this.items.push(item);
};
module.exports = Stack;
