var Buffer = require('safe-buffer').Buffer;

module.exports = new Buffer(10);
