function logAll() {
  log(...arguments);
  console.log(...arguments);
}

const numbers = [3, 1, 4];
const highest = Math.max(...numbers);
const lowest = Math.min.apply(undefined, [5, ...numbers]);
const merged = concatAll(...Object.values(groups));

class Emitter {
  emit(...payload) {
    this.handler.apply(this.handler, payload);
    this.dispatch(...payload);
  }
}
