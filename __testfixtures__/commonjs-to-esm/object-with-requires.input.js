'use strict';

// Plugin table: each entry loads its implementation.
module.exports = {
  json: require('./plugins/json'),
  yaml: require('./plugins/yaml'),
  version: require('../package.json').version
};
