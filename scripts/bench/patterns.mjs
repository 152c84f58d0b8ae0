// Pattern rewrites on the 1M-line corpus, codemorph's CLI against ast-grep's CLI, thread count
// for thread count (issue 12's goal: codemorph ≤ 1.5x ast-grep's wall time, ≤ 1.0x where the
// pattern names a word or token a file must contain).
//
//   node scripts/bench/patterns.mjs [--quick] [--reps N]
//
// Both tools run as whole processes on the corpus tree of scale.mjs (.bench-cache/tree-1x: 3,401
// files, 1.04M lines of TypeScript and JavaScript), a dry run each: codemorph prints its diff and
// ast-grep its rewrites, both discarded. Rows per pattern: codemorph's default, in-process
// (`--jobs 1 --file-timeout 0`: one thread) and `--jobs N` (N worker threads); ast-grep's default,
// `--threads 1` and `--threads N`; N is the machine's core count. Wall time is the median of
// --reps runs (3; --quick: 1 on the 10% slice), the repetitions interleaved (every command once,
// then again). The engine alone, in-process, on node_modules:
// patterns-engine.mjs.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCorpus, countLines, linkTree, slice10 } from './corpus.mjs';
import { measure, medianRun } from './measure.mjs';

const REPO = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const CACHE = join(REPO, '.bench-cache');
const BIN = join(REPO, 'bin', 'codemorph.cjs');
const AST_GREP = join(REPO, 'node_modules', '.bin', 'ast-grep');
const quick = process.argv.includes('--quick');
const repsAt = process.argv.indexOf('--reps');
const reps = repsAt === -1 ? (quick ? 1 : 3) : Number(process.argv[repsAt + 1]);
const cores = availableParallelism();
const log = (text) => process.stderr.write(`${text}\n`);

// Issue 12's three (an identifier pattern, an operator-only one, a keyword-and-literal one) and
// three everyday API migrations.
const CASES = [
  { pattern: 'Object.assign({}, $A)', to: '({ ...$A })' },
  { pattern: '$A && $A.$B', to: '$A?.$B' },
  { pattern: 'void 0', to: 'undefined' },
  { pattern: 'Object.prototype.hasOwnProperty.call($O, $K)', to: 'Object.hasOwn($O, $K)' },
  { pattern: '$A.indexOf($B) !== -1', to: '$A.includes($B)' },
  { pattern: 'new Buffer($S)', to: 'Buffer.from($S)' },
];

function codemorphArgs({ pattern, to }, extra) {
  return [BIN, 'rewrite', '--pattern', pattern, '--to', to, '.', '--no-gitignore', '--no-color', '--no-cache', ...extra];
}

function astGrepArgs({ pattern, to }, extra) {
  return ['run', '--pattern', pattern, '--rewrite', to, '--color', 'never', ...extra, '.'];
}

/** How many rewrites codemorph reports (its summary's stats line) and ast-grep's match count. */
function counts(testCase, dir) {
  const ours = spawnSync(process.execPath, codemorphArgs(testCase, []), { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28 });
  const rewrites = /rewrite=(\d+)/.exec(ours.stderr)?.[1] ?? '0';
  const theirs = spawnSync(AST_GREP, ['run', '--pattern', testCase.pattern, '--json=stream', '.'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28 });
  return { rewrites: Number(rewrites), matches: theirs.stdout.split('\n').filter(Boolean).length };
}

const seconds = (result) => (result.wallMs / 1000).toFixed(2);
const ratio = (a, b) => `${(a.wallMs / b.wallMs).toFixed(2)}x`;

async function main() {
  if (!existsSync(join(REPO, 'dist', 'src', 'runner', 'worker.js'))) spawnSync('npm', ['run', 'build'], { cwd: REPO, stdio: 'inherit' });
  if (!existsSync(AST_GREP)) throw new Error('ast-grep is not installed (npm install: it is a devDependency)');
  const corpus = buildCorpus(CACHE, log);
  const files = quick ? slice10(corpus.root, corpus.files) : corpus.files;
  const dir = quick ? linkTree(corpus.root, files, join(CACHE, 'tree-slice'), 1) : linkTree(corpus.root, files, join(CACHE, 'tree-1x'), 1);
  const { lines } = countLines(files);
  const version = spawnSync(AST_GREP, ['--version'], { encoding: 'utf8' }).stdout.trim();
  const load = loadavg().map((value) => value.toFixed(2)).join(' ');
  console.log(`\n## Patterns: codemorph rewrite vs ${version} (${files.length} files, ${lines.toLocaleString('en-US')} lines)\n`);
  console.log(`Machine: ${cores} cores, Node ${process.version}, load ${load}; median of ${reps} run(s); wall seconds.\n`);
  const header = `| pattern | codemorph default | ast-grep default | ratio | in-process | ast-grep 1 thread | ratio | codemorph --jobs ${cores} | ast-grep ${cores} threads | ratio | rewrites / matches |`;
  console.log(header);
  console.log(`|---|${'---:|'.repeat(10)}`);
  // Every command of every pattern once, then again, --reps times: a machine that is busier for a
  // while slows one repetition of each row, not all of one row (a fixed order once made one row
  // 1.54x in a run where an interleaved A/B gave 1.26x).
  const commands = CASES.map((testCase) => ({
    ours: [process.execPath, codemorphArgs(testCase, [])],
    oursOne: [process.execPath, codemorphArgs(testCase, ['--jobs', '1', '--file-timeout', '0'])],
    oursMany: [process.execPath, codemorphArgs(testCase, ['--jobs', String(cores)])],
    theirs: [AST_GREP, astGrepArgs(testCase, [])],
    theirsOne: [AST_GREP, astGrepArgs(testCase, ['--threads', '1'])],
    theirsMany: [AST_GREP, astGrepArgs(testCase, ['--threads', String(cores)])],
  }));
  const runs = commands.map(() => ({}));
  for (let rep = 0; rep < reps; rep++) {
    log(`patterns: repetition ${rep + 1} of ${reps}`);
    for (const [index, row] of commands.entries()) {
      for (const [name, [command, args]] of Object.entries(row)) (runs[index][name] ??= []).push(await measure(command, args, { cwd: dir }));
    }
  }
  for (const [index, testCase] of CASES.entries()) {
    const { ours, oursOne, oursMany, theirs, theirsOne, theirsMany } = Object.fromEntries(Object.entries(runs[index]).map(([name, list]) => [name, medianRun(list)]));
    const { rewrites, matches } = counts(testCase, dir);
    console.log(
      `| \`${testCase.pattern}\` | ${seconds(ours)} | ${seconds(theirs)} | **${ratio(ours, theirs)}** | ${seconds(oursOne)} | ${seconds(theirsOne)} | ${ratio(oursOne, theirsOne)} | ${seconds(oursMany)} | ${seconds(theirsMany)} | ${ratio(oursMany, theirsMany)} | ${rewrites} / ${matches} |`,
    );
  }
  console.log(
    '\nRewrites are codemorph\'s (outermost matches; a nested one waits for the next run), matches are ast-grep\'s (all, nested included; its parsers differ on some files).',
  );
}

await main();
