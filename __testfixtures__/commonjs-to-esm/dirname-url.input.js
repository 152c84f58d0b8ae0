const { dirname } = require('path');

const here = dirname(__filename);
module.exports = { root: __dirname, here: here };
