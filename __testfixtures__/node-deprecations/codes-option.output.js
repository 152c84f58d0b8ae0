var util = require('util');
var os = require('os');

module.exports = [util.isArray([]), os.tmpdir(), new Buffer(4)];
