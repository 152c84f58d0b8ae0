// Start-up: what a pre-commit hook feels on every commit. Bare `node -e 0` is the peer, measured
// in the same run, interleaved with the rows; each row is the median of several whole-process
// runs. `--quick`: fewer runs.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measure, median } from './measure.mjs';

const REPO = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const BIN = join(REPO, 'bin', 'codemorph.cjs');
const CACHE = join(REPO, '.bench-cache');
const quick = process.argv.includes('--quick');
const runs = quick ? 5 : 15;

const dir = mkdtempSync(join(tmpdir(), 'cm-startup-'));
writeFileSync(join(dir, 'staged.js'), "import { readFileSync } from 'node:fs';\nvar text = readFileSync('a.txt', 'utf8');\nexport { text };\n");

const cases = [
  { label: 'node -e 0 (peer)', args: ['-e', '0'] },
  { label: 'codemorph --version', args: [BIN, '--version'], goal: 0.2 },
  { label: 'codemorph --help', args: [BIN, '--help'], goal: 0.2 },
  // --check keeps a result cache by default, so a second run on the same text is answered from it.
  // A pre-commit hook sees new text on every commit: the first row is that, a cache miss.
  { label: 'codemorph run var-to-let-const staged.js --check, new text (--no-cache)', args: [BIN, 'run', 'var-to-let-const', 'staged.js', '--check', '--no-cache'], goal: 0.35 },
  { label: 'the same, TypeScript compile cache off (CODEMORPH_COMPILE_CACHE=0)', args: [BIN, 'run', 'var-to-let-const', 'staged.js', '--check', '--no-cache'], env: { CODEMORPH_COMPILE_CACHE: '0' } },
  { label: 'the same text again: --check answered from its result cache (warm)', args: [BIN, 'run', 'var-to-let-const', 'staged.js', '--check'] },
];

// One run first so the OS file cache is warm for every row alike.
const options = (item) => ({ cwd: dir, env: item.env });
for (const item of cases) await measure(process.execPath, item.args, options(item));
// Interleaved, one run of each row per round: a machine whose load drifts during the bench moves
// every row alike, and the ratios to the peer stay comparable.
const walls = cases.map(() => []);
for (let round = 0; round < runs; round++) {
  for (const [at, item] of cases.entries()) walls[at].push((await measure(process.execPath, item.args, options(item))).wallMs);
}
const rows = cases.map((item, at) => ({ ...item, result: { wallMs: median(walls[at]) } }));
const peer = rows[0].result.wallMs;
const table = ['| command | median wall s | vs node -e 0 | goal |', '|---|---:|---:|---:|'];
for (const { label, result, goal } of rows) {
  table.push(`| ${label} | ${(result.wallMs / 1000).toFixed(3)} | ${(result.wallMs / peer).toFixed(2)}x | ${goal ? `≤ ${goal} s` : ''} |`);
}
const report = `Medians of ${runs} runs each, Node ${process.version}\n\n${table.join('\n')}`;
mkdirSync(CACHE, { recursive: true });
writeFileSync(join(CACHE, 'startup.md'), `${report}\n`);
process.stdout.write(`\n## codemorph: start-up\n\n${report}\n`);
