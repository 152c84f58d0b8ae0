'use strict';
var Stack = function () {
  this.items = [];
};
Stack.prototype.push = function (item) {
  this.items.push(item);
};
module.exports = Stack;
