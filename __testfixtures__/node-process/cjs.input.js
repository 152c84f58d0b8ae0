'use strict';

function start(config) {
  process.assert(config, 'config is required');
  if (process.mainModule === module) run(config);
  const root = require('path').dirname(process.mainModule.filename);
  return root;
}

module.exports = start;
