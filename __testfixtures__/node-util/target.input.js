const util = require('util');
util.isArray(x);
util._extend(a, b);
