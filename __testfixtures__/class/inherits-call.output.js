'use strict';
var inherits = require('util').inherits;
var Base = require('./base');

// A named reader over a source.
class Reader extends Base {
  constructor(name, source) {
    super(name);
    this.source = source;
  }

  read() {
    return this.source.shift();
  }
}

module.exports = Reader;
