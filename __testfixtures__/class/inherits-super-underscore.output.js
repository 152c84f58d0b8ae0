'use strict';
const { inherits } = require('util');
const Reader = require('./reader');

// util.inherits sets LineReader.super_ = Reader; the parent call through it becomes super().
class LineReader extends Reader {
  constructor() {
    super(...arguments);
  }

  readLine() {
    return this.read().split('\n')[0];
  }
}

module.exports = LineReader;
