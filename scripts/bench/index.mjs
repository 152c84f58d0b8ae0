// `npm run bench [-- name] [-- --quick]`: runs the speed-and-scale benchmark (scale.mjs), then
// the other benchmarks present in this folder (jscodeshift.mjs, patterns.mjs), each in its own
// process so one's memory does not colour the next. A name runs only that one.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const args = process.argv.slice(2);
const named = args.filter((arg) => !arg.startsWith('-'));
const flags = args.filter((arg) => arg.startsWith('-'));
const order = named.length > 0 ? named : ['startup', 'scale', 'write-memory', 'jscodeshift', 'patterns'];

let failed = 0;
for (const name of order) {
  const file = join(here, `${name}.mjs`);
  if (!existsSync(file)) {
    if (named.length > 0) {
      process.stderr.write(`bench: no scripts/bench/${name}.mjs\n`);
      failed++;
    }
    continue;
  }
  const result = spawnSync(process.execPath, [file, ...flags], { stdio: 'inherit' });
  if (result.status !== 0) failed++;
}
process.exitCode = failed > 0 ? 1 : 0;
