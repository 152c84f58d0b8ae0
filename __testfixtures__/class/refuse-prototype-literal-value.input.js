'use strict';
function Queue() {
  this.items = [];
}
// `limit` is shared through the prototype; a class body holds only methods.
Queue.prototype = {
  limit: 10,
  push: function (item) {
    if (this.items.length < this.limit) this.items.push(item);
  }
};
module.exports = Queue;
