export const api = {
  get(key) {
    return this.store[key];
  },
  async load(url) {
    return fetch(url);
  },
  *items() {
    yield* this.store;
  },
  async *stream() {},
  'dash-key'() {},
  [Symbol.iterator]() {},
  same() {},
  arrow: () => 1,
  value: 42,
};
