const helper = require('./helper');
const missing = require('./missing');
const lib = require('./lib');
const pkg = require('./pkgdir');
const data = require('./data.json');

module.exports = { helper, missing, lib, pkg, data };
