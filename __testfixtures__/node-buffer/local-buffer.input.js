var Buffer = require('safe-buffer').Buffer;
var SlowBuffer = require('./slow');

module.exports = [new Buffer(10), new SlowBuffer(4), Buffer('abc')];
