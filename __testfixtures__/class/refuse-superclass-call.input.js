'use strict';
function Animal(name) {
  this.name = name;
}
Animal.prototype.speak = function () {
  return this.name;
};
function Dog(name) {
  Animal.call(this, name);
}
module.exports = { Animal, Dog };
