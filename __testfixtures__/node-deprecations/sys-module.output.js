var sys = require('util');

sys.puts(Array.isArray([]) ? 'yes' : 'no');
