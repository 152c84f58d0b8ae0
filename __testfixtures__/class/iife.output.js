(function () {
  'use strict';

  class Queue {
    constructor() {
      this.items = [];
    }

    push(item) {
      this.items.push(item);
    }
  }

  window.Queue = Queue;
})();
