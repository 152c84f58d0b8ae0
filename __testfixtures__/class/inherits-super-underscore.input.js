'use strict';
const { inherits } = require('util');
const Reader = require('./reader');

// util.inherits sets LineReader.super_ = Reader; the parent call through it becomes super().
function LineReader() {
  LineReader.super_.apply(this, arguments);
}
inherits(LineReader, Reader);

LineReader.prototype.readLine = function () {
  return this.read().split('\n')[0];
};

module.exports = LineReader;
