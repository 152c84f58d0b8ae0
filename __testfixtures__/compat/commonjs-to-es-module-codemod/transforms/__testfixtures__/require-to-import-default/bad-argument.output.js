const Lib = require('li' + 'b');
