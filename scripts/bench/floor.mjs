// The floor: read every file of a list and parse it with TypeScript's parser, one thread, keeping
// no trees. `--read-only` skips the parse. Prints lines and bytes seen as JSON.
import { readFileSync } from 'node:fs';
import { ts } from 'ts-morph';

const [listFile, mode] = process.argv.slice(2);
const files = readFileSync(listFile, 'utf8').split('\n').filter(Boolean);
const kinds = { '.ts': ts.ScriptKind.TS, '.tsx': ts.ScriptKind.TSX, '.mjs': ts.ScriptKind.JS, '.cjs': ts.ScriptKind.JS };
let nodes = 0;
let bytes = 0;
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  bytes += text.length;
  if (mode === '--read-only') continue;
  const ext = /\.[^.]+$/.exec(file)[0];
  const tree = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kinds[ext] ?? ts.ScriptKind.JSX);
  nodes += tree.statements.length;
}
process.stdout.write(`${JSON.stringify({ files: files.length, bytes, statements: nodes })}\n`);
