import EventEmitter from 'events';

export default class Queue extends EventEmitter {
  push(job) {
    this.emit('job', job);
  }
}
