const EventEmitter = require('events');

module.exports = class Queue extends EventEmitter {
  push(job) {
    this.emit('job', job);
  }
};
