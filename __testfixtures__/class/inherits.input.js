'use strict';
const util = require('util');
const EventEmitter = require('events');
function Stream() {
  EventEmitter.call(this);
}
util.inherits(Stream, EventEmitter);
Stream.prototype.write = function (chunk) {
  this.emit('data', chunk);
};
