// `.bind(this)` pins the function's `this` to the enclosing one, which is what an arrow has.
export function Widget(button) {
  button.on('click', (event) => {
    this.handle(event);
  });
  this.read = () => {
    return this.value;
  };
  this.total = (() => { return this.items.length; })();
}
