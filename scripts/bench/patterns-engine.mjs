// Pattern rewrite benchmark: codemorph's pattern engine vs ast-grep on the same rewrites.
//
//   node scripts/bench/patterns-engine.mjs [--reps N] [--max-files N]
//
// Corpus: every .js/.mjs/.cjs file under node_modules/ up to 500 KB (installed packages:
// @babel/*, recast, ast-types, jscodeshift, vitest, yaml, ...), sorted, so two runs on the same
// install see the same files. Nothing is downloaded and no file is written.
//
// codemorph runs in this process on one thread, through the same processFile() the CLI uses
// (read, parse, match, render, re-parse the output to verify it). ast-grep runs as its CLI
// (`ast-grep run --pattern P --rewrite R`, output discarded), once with its default thread
// count and once with --threads 1. Each timing is the median of --reps runs after a warm-up.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createJiti } from 'jiti';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const AST_GREP = join(ROOT, 'node_modules', '.bin', 'ast-grep');
const MAX_BYTES = 500 * 1024;

const CASES = [
  {
    name: 'hasOwnProperty.call → Object.hasOwn',
    pattern: 'Object.prototype.hasOwnProperty.call($O, $K)',
    to: 'Object.hasOwn($O, $K)',
  },
  { name: 'indexOf !== -1 → includes', pattern: '$A.indexOf($B) !== -1', to: '$A.includes($B)' },
  { name: 'assert.equal → strictEqual', pattern: 'assert.equal($$$ARGS)', to: 'assert.strictEqual($$$ARGS)' },
  // Issue 12's three: an identifier pattern, an operator-only pattern and a keyword-only one.
  { name: 'Object.assign({}, x) → spread', pattern: 'Object.assign({}, $A)', to: '({ ...$A })' },
  { name: '&& member → optional chain', pattern: '$A && $A.$B', to: '$A?.$B' },
  { name: 'void 0 → undefined', pattern: 'void 0', to: 'undefined' },
];

function argument(name, fallback) {
  const index = process.argv.indexOf(name);
  return index === -1 ? fallback : Number(process.argv[index + 1]);
}

function walk(dir, out) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else if (entry.isFile() && /\.(js|mjs|cjs)$/.test(entry.name) && !/\.min\.js$/.test(entry.name)) {
      if (statSync(path).size <= MAX_BYTES) out.push(path);
    }
  }
  return out;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function timeCodemorph(processFile, pass, inputs) {
  const started = performance.now();
  let changed = 0;
  let rewrites = 0;
  let failed = 0;
  for (const input of inputs) {
    const text = readFileSync(input.path, 'utf8');
    const result = await processFile({ ...input, text }, [{ pass, options: {} }]);
    if (result.status === 'changed') changed++;
    if (result.status === 'failed') failed++;
    rewrites += result.stats.rewrite ?? 0;
  }
  return { ms: performance.now() - started, changed, rewrites, failed };
}

function timeAstGrep(pattern, to, files, threads) {
  const args = ['run', '--pattern', pattern, '--rewrite', to, '--lang', 'js', '--color', 'never'];
  if (threads !== undefined) args.push('--threads', String(threads));
  const started = performance.now();
  const run = spawnSync(AST_GREP, [...args, ...files], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 });
  const ms = performance.now() - started;
  if (run.status !== 0 && run.status !== 1) throw new Error(`ast-grep failed: ${run.stderr}`);
  return ms;
}

function astGrepMatches(pattern, files) {
  const run = spawnSync(AST_GREP, ['run', '--pattern', pattern, '--lang', 'js', '--json=stream', ...files], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  return run.stdout.split('\n').filter(Boolean).length;
}

async function main() {
  const reps = argument('--reps', 5);
  const maxFiles = argument('--max-files', Infinity);
  const jiti = createJiti(import.meta.url);
  const { createRewritePass } = await jiti.import(join(ROOT, 'src/engines/patterns/index.ts'));
  const { processFile } = await jiti.import(join(ROOT, 'src/runner/process-file.ts'));

  const files = walk(join(ROOT, 'node_modules'), []).sort().slice(0, maxFiles);
  const bytes = files.reduce((sum, file) => sum + statSync(file).size, 0);
  const inputs = files.map((path) => ({ path, relativePath: relative(ROOT, path) }));
  console.log(`corpus: ${files.length} files, ${(bytes / 1e6).toFixed(1)} MB (node_modules .js/.mjs/.cjs ≤ 500 KB)`);
  console.log(`machine: ${cpus().length} cores, node ${process.version}; median of ${reps} runs after a warm-up\n`);

  for (const { name, pattern, to } of CASES) {
    const pass = createRewritePass({ pattern, to });
    // The same pass without the identifier pre-filter: every file parsed, as ast-grep does.
    const unfiltered = { ...pass, match: undefined };
    await timeCodemorph(processFile, pass, inputs);
    timeAstGrep(pattern, to, files, undefined);
    const ours = [];
    const oursAll = [];
    const theirs = [];
    const theirsOne = [];
    let counts;
    for (let i = 0; i < reps; i++) {
      const result = await timeCodemorph(processFile, pass, inputs);
      counts = result;
      ours.push(result.ms);
      oursAll.push((await timeCodemorph(processFile, unfiltered, inputs)).ms);
      theirs.push(timeAstGrep(pattern, to, files, undefined));
      theirsOne.push(timeAstGrep(pattern, to, files, 1));
    }
    const matches = astGrepMatches(pattern, files);
    const [a, b, c, d] = [median(ours), median(oursAll), median(theirs), median(theirsOne)];
    console.log(`${name}: \`${pattern}\` → \`${to}\``);
    console.log(`  codemorph (1 thread, pre-filter)   ${a.toFixed(0).padStart(6)} ms  ${counts.rewrites} rewrites in ${counts.changed} files, ${counts.failed} failed`);
    console.log(`  codemorph (1 thread, parse all)    ${b.toFixed(0).padStart(6)} ms`);
    console.log(`  ast-grep  (default threads)        ${c.toFixed(0).padStart(6)} ms  ${matches} matches`);
    console.log(`  ast-grep  (--threads 1)            ${d.toFixed(0).padStart(6)} ms`);
    console.log(`  ratio codemorph/ast-grep: ${(a / c).toFixed(2)}x (pre-filter vs default threads), ${(b / d).toFixed(2)}x (parse all, both 1 thread)\n`);
  }
}

await main();
