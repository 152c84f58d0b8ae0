import a from './a';
// keeps comments
import b from './b';
import { fileURLToPath } from 'node:url';
import { dirname } from 'node:path';
const __filename = fileURLToPath(import.meta.url);
const __dirname = dirname(__filename);

export default function (x) {
  return a(x) + b(x) + __dirname;
}
