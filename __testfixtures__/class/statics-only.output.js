'use strict';

class Registry {
  constructor() {
    this.entries = {};
  }

  static create() {
    return new Registry();
  }
}

module.exports = Registry;
