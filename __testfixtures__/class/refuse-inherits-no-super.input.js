'use strict';
const util = require('util');
const EventEmitter = require('events');
// Never calls EventEmitter: a derived class would have to (super() before this), which changes what runs.
function Quiet() {
  this.muted = true;
}
util.inherits(Quiet, EventEmitter);
Quiet.prototype.mute = function () {
  this.muted = true;
};
module.exports = Quiet;
