export class Counter {
  constructor() {
    this.count = 0;
  }

  increment() {
    this.count++;
    return this;
  }

  *values() {
    yield this.count;
  }

  async save(store) {
    await store.put('count', this.count);
  }
}
