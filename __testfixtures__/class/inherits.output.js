'use strict';
const util = require('util');
const EventEmitter = require('events');
class Stream extends EventEmitter {
  constructor() {
    super();
  }

  write(chunk) {
    this.emit('data', chunk);
  }
}
