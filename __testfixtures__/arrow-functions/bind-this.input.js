// `.bind(this)` pins the function's `this` to the enclosing one, which is what an arrow has.
export function Widget(button) {
  button.on('click', function (event) {
    this.handle(event);
  }.bind(this));
  this.read = (function () {
    return this.value;
  }).bind(this);
  this.total = function () { return this.items.length; }.bind(this)();
}
