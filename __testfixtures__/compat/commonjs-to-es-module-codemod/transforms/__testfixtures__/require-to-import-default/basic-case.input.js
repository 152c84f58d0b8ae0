const Lib = require('lib');
