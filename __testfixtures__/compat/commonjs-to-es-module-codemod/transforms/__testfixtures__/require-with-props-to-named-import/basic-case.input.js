const a = require('lib').a;
