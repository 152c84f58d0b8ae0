'use strict';

// Plugin table: each entry loads its implementation.
import json from './plugins/json';
import yaml from './plugins/yaml';
import packageModule from '../package.json' with { type: 'json' };
export default {
  json: json,
  yaml: yaml,
  version: packageModule.version
};
