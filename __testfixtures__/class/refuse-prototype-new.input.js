'use strict';
var Animal = require('./animal');
function Dog(name) {
  Animal.call(this, name);
}
Dog.prototype = new Animal();
Dog.prototype.bark = function () {
  return 'woof';
};
module.exports = Dog;
