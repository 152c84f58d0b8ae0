const util = require('util');

util.isError(e);
util.log('started');
util.puts('a', 'b');
util._extend(a, b, c);
util.isObject(next());
