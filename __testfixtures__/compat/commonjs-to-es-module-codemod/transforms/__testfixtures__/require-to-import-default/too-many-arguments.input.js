const Lib = require('lib', 'nop');
