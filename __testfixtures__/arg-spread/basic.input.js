function logAll() {
  log.apply(null, arguments);
  console.log.apply(console, arguments);
}

const numbers = [3, 1, 4];
const highest = Math.max.apply(Math, numbers);
const lowest = Math.min.apply(undefined, [5, ...numbers]);
const merged = concatAll.apply(void 0, Object.values(groups));

class Emitter {
  emit(...payload) {
    this.handler.apply(this.handler, payload);
    this.dispatch.apply(this, payload);
  }
}
