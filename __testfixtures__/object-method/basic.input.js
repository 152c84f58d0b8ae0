export const api = {
  get: function (key) {
    return this.store[key];
  },
  load: async function (url) {
    return fetch(url);
  },
  items: function* () {
    yield* this.store;
  },
  stream: async function* () {},
  'dash-key': function () {},
  [Symbol.iterator]: function () {},
  same: function same() {},
  arrow: () => 1,
  value: 42,
};
