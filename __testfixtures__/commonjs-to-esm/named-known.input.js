'use strict';
// Named imports only where the target's named exports are known: a builtin, a local CommonJS
// file with `exports.x = ...`, a package whose names Node detects (yaml); picomatch exports one
// function (`module.exports = picomatch`), so it keeps a default import and a destructuring line.
const { readFileSync } = require('fs');
const { parse, format } = require('./lib/text');
const { stringify } = require('yaml');
const { isMatch } = require('picomatch');

module.exports = function convert(path) {
  const items = parse(readFileSync(path, 'utf8')).filter((item) => isMatch(item, '*.js'));
  return stringify({ files: format(items) });
};
