var sys = require('sys');

sys.puts(sys.isArray([]) ? 'yes' : 'no');
