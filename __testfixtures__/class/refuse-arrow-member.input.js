'use strict';
function Greeter(name) {
  this.name = name;
}
Greeter.prototype.greet = () => 'hello';
Greeter.prototype.name = function () {
  return this.name;
};
module.exports = Greeter;
