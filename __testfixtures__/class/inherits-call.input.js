'use strict';
var inherits = require('util').inherits;
var Base = require('./base');

// A named reader over a source.
function Reader(name, source) {
  Base.call(this, name);
  this.source = source;
}
inherits(Reader, Base);

Reader.prototype.read = function () {
  return this.source.shift();
};

module.exports = Reader;
