'use strict';
// Named imports only where the target's named exports are known: a builtin, a local CommonJS
// file with `exports.x = ...`, a package whose names Node detects (yaml); picomatch exports one
// function (`module.exports = picomatch`), so it keeps a default import and a destructuring line.
import { readFileSync } from 'fs';
import { parse, format } from './lib/text';
import { stringify } from 'yaml';
import picomatch from 'picomatch';
const { isMatch } = picomatch;

export default function convert(path) {
  const items = parse(readFileSync(path, 'utf8')).filter((item) => isMatch(item, '*.js'));
  return stringify({ files: format(items) });
}
