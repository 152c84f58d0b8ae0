'use strict';

function start(config) {
  require('node:assert')(config, 'config is required');
  if (require.main === module) run(config);
  const root = require('path').dirname(require.main.filename);
  return root;
}

module.exports = start;
