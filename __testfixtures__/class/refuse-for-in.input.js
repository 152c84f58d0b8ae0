'use strict';
function Bag() {
  this.a = 1;
}
Bag.prototype.size = function () {
  return 1;
};
function keys(bag) {
  const out = [];
  for (const key in bag) out.push(key);
  return out;
}
module.exports = { Bag, keys };
