var sys = require('util');
console.log('hi');
