var util = require('util');
var os = require('os');

module.exports = [util.isArray([]), os.tmpDir(), new Buffer(4)];
