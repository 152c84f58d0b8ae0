var run = require('./run');
if (require.main === module) run();
module.exports = run;
