var __dirname = process.cwd();
module.exports = require('path').join(__dirname, 'x');
