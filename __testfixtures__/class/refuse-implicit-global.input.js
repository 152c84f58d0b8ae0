function Registry() {
  lastRegistry = this;
  this.items = [];
}
Registry.prototype.add = function (item) {
  this.items.push(item);
};
module.exports = Registry;
