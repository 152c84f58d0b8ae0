import { dirname } from 'path';
import { fileURLToPath } from 'node:url';
import { dirname as pathDirname } from 'node:path';
const __filename = fileURLToPath(import.meta.url);
const __dirname = pathDirname(__filename);

const here = dirname(__filename);
export default { root: __dirname, here: here };
