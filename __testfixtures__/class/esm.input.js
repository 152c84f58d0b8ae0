export function Counter() {
  this.count = 0;
}
Counter.prototype.increment = function () {
  this.count++;
  return this;
};
Counter.prototype.values = function* () {
  yield this.count;
};
Counter.prototype.save = async function (store) {
  await store.put('count', this.count);
};
