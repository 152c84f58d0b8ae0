// comment a
const a = require('lib').a;

// comment b
const b = require('lib').a;