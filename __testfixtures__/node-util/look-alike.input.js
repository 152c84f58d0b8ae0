const util = require('./util');
const { puts } = require('./log');

util.isArray([]);
util._extend({}, {});
puts('hello');
