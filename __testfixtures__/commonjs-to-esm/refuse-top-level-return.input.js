if (global.__loaded) return;
global.__loaded = true;
module.exports = require('./impl');
