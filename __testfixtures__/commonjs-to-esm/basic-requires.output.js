'use strict';

import fs from 'fs';
import { join, resolve as resolvePath } from 'node:path';
import { readFile } from 'fs';
import './polyfills';

function load(name) {
  return fs.readFileSync(resolvePath(join('data', name)), 'utf8') + readFile.length;
}

export default load;
