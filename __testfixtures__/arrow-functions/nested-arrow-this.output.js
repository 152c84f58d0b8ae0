export function wire(button) {
  button.on('click', function () {
    setTimeout(() => this.close(), 10);
  });
  button.on('key', function () {
    return [].slice.call(arguments);
  });
  button.on('x', () => {
    return function inner() {
      return this;
    };
  });
}
