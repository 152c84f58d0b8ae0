import path from 'path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { dirname } from 'node:path';
const require = createRequire(import.meta.url);
const __filename = fileURLToPath(import.meta.url);
const __dirname = dirname(__filename);

function loadPlugin(name) {
  return require(path.join(__dirname, 'plugins', name));
}

var colors;
try {
  colors = require('colors');
} catch (err) {
  colors = null;
}

export default { loadPlugin: loadPlugin, colors: colors };
