// Bound, but it reads its own `arguments`, which an arrow would take from `log` instead.
export function log(emitter) {
  emitter.on('data', function () {
    this.write([].slice.call(arguments));
  }.bind(this));
}
