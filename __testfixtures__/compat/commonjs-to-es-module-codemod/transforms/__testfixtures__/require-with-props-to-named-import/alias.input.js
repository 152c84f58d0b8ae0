const b = require('lib').a;
