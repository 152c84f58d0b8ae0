const helper = require('./helper');
const missing = require('./missing');
const lib = require('./lib');

module.exports = { helper, missing, lib };
