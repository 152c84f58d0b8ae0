const util = require('util');
Array.isArray(x);
util._extend(a, b);
