const process = require('./fake-process');
process.assert(x);
console.log(process.mainModule);
