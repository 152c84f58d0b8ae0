// Speed and scale benchmark: codemorph (2 workers) against the TypeScript parse floor and the
// jscodeshift CLI on a 1.04M-line corpus of real packages, cold vs cached, and memory at 100k,
// 1M and 10M lines. `--quick`: the 10% slice only, one run each.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCorpus, countLines, linkTree, slice10 } from './corpus.mjs';
import { measure, measureMedian } from './measure.mjs';

const REPO = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const CACHE = join(REPO, '.bench-cache');
const BIN = join(REPO, 'bin', 'codemorph.cjs');
const JSCODESHIFT = join(REPO, 'node_modules', 'jscodeshift', 'bin', 'jscodeshift.js');
const quick = process.argv.includes('--quick');
const repeats = quick ? 1 : 3;
const log = (text) => process.stderr.write(`${text}\n`);

async function transformSpec() {
  const dist = join(REPO, 'dist', 'transforms', 'index.js');
  if (existsSync(dist)) {
    const { builtinPasses } = await import(dist);
    if (builtinPasses.some((pass) => pass.id === 'var-to-let-const')) return { arg: 'var-to-let-const', name: 'var-to-let-const' };
  }
  const module = join(REPO, 'dist', 'transforms', 'var-to-let-const', 'var-to-let-const.js');
  if (existsSync(module)) return { arg: module, name: 'var-to-let-const' };
  return { arg: join(REPO, 'scripts', 'bench', 'trivial-pass.mjs'), name: 'bench-var-to-let (stand-in)' };
}

function codemorph(transform, dir, extra) {
  return measureMedian(repeats, process.execPath, [BIN, 'run', transform, '.', '--no-gitignore', '--no-color', '-q', ...extra], { cwd: dir });
}

/** `size`: { files, lines } of the tree the run covered. */
function row(label, size, result, reference) {
  const seconds = result.wallMs / 1000;
  const { files, lines } = size;
  return {
    label,
    lines,
    filesPerSec: files / seconds,
    wall: seconds,
    cpu: result.cpuMs / 1000,
    locPerSec: lines / seconds,
    peakMb: result.peakMb,
    ratio: reference ? result.wallMs / reference.wallMs : undefined,
    code: result.code,
  };
}

function table(rows) {
  const out = ['| run | lines | wall s | CPU s | files/s | lines/s | peak MB | wall vs floor |', '|---|---:|---:|---:|---:|---:|---:|---:|'];
  for (const r of rows) {
    out.push(
      `| ${r.label} | ${r.lines.toLocaleString('en-US')} | ${r.wall.toFixed(2)} | ${r.cpu.toFixed(2)} | ${Math.round(r.filesPerSec).toLocaleString('en-US')} | ${Math.round(r.locPerSec).toLocaleString('en-US')} | ${Math.round(r.peakMb)} | ${r.ratio === undefined ? '' : `${r.ratio.toFixed(2)}x`} |`,
    );
  }
  return out.join('\n');
}

async function main() {
  if (!existsSync(join(REPO, 'dist', 'src', 'runner', 'worker.js'))) execFileSync('npm', ['run', 'build'], { cwd: REPO, stdio: 'inherit' });
  const corpus = buildCorpus(CACHE, log);
  const slice = slice10(corpus.root, corpus.files);
  const transform = await transformSpec();
  const sizes = { slice: countLines(slice), full: countLines(corpus.files) };
  log(`corpus: ${corpus.files.length} files, ${sizes.full.lines} lines; slice ${slice.length} files, ${sizes.slice.lines} lines`);
  const trees = { slice: linkTree(corpus.root, slice, join(CACHE, 'tree-slice'), 1) };
  const lists = { slice: join(CACHE, 'list-slice.txt'), full: join(CACHE, 'list-full.txt') };
  writeFileSync(lists.slice, `${slice.join('\n')}\n`);
  writeFileSync(lists.full, `${corpus.files.join('\n')}\n`);
  const rows = [];
  const scaleRows = [];
  const size = quick ? 'slice' : 'full';
  const dir = quick ? trees.slice : linkTree(corpus.root, corpus.files, join(CACHE, 'tree-1x'), 1);
  const measured = sizes[size];
  const jobs = ['--jobs', '2'];

  log('floor: read every file');
  const read = await measureMedian(repeats, process.execPath, [join(REPO, 'scripts', 'bench', 'floor.mjs'), lists[size], '--read-only']);
  log('floor: read + TypeScript parse, one thread');
  const floor = await measureMedian(repeats, process.execPath, [join(REPO, 'scripts', 'bench', 'floor.mjs'), lists[size]]);
  log(`codemorph ${transform.name}, 2 workers`);
  const two = await codemorph(transform.arg, dir, jobs);
  log(`codemorph ${transform.name}, in-process`);
  const one = await codemorph(transform.arg, dir, ['--jobs', '1', '--file-timeout', '0']);
  log(`codemorph ${transform.name}, default (no --jobs: one worker per core on large runs from 4 cores; below, this thread)`);
  const auto = await codemorph(transform.arg, dir, []);
  log(`codemorph ${transform.name}, --jobs 1 (one worker thread)`);
  const oneWorker = await codemorph(transform.arg, dir, ['--jobs', '1']);
  const cores = cpus().length;
  const many = cores > 2 ? await codemorph(transform.arg, dir, ['--jobs', String(cores)]) : undefined;
  log('codemorph, a pass with no pre-filter (parses and walks every file), default jobs');
  const unfiltered = await codemorph(join(REPO, 'scripts', 'bench', 'unfiltered-pass.mjs'), dir, []);
  log('jscodeshift CLI, 2 workers (var -> let, no analysis)');
  const jscodeshift = await measure(process.execPath, [
    JSCODESHIFT, '-t', join(REPO, 'scripts', 'bench', 'jscodeshift-var.cjs'), '--cpus=2', '--dry', '--silent',
    '--parser=tsx', '--extensions=ts,tsx,js,jsx,mjs,cjs', '.',
  ], { cwd: dir });
  rmSync(join(dir, '.codemorph'), { recursive: true, force: true });
  log('codemorph --check, cold cache');
  const cold = await measure(process.execPath, [BIN, 'run', transform.arg, '.', '--check', '--cache', '--no-gitignore', '-q', ...jobs], { cwd: dir });
  log('codemorph --check, warm cache');
  const warm = await measureMedian(repeats, process.execPath, [BIN, 'run', transform.arg, '.', '--check', '--cache', '--no-gitignore', '-q', ...jobs], { cwd: dir });
  rows.push(
    row('read every file', measured, read, floor),
    row('floor: read + TS parse, 1 thread', measured, floor, floor),
    row(`codemorph ${transform.name}, --jobs 2`, measured, two, floor),
    row(`codemorph ${transform.name}, in-process (--jobs 1 --file-timeout 0)`, measured, one, floor),
    row(`codemorph ${transform.name}, --jobs 1 (one worker)`, measured, oneWorker, floor),
    row(`codemorph ${transform.name}, default jobs`, measured, auto, floor),
    ...(many ? [row(`codemorph ${transform.name}, --jobs ${cores}`, measured, many, floor)] : []),
    row('codemorph, unfiltered pass (walks every file), default jobs', measured, unfiltered, floor),
    row('jscodeshift CLI, --cpus=2 (var→let)', measured, jscodeshift, floor),
    row('codemorph --check --cache, cold', measured, cold, floor),
    row('codemorph --check --cache, warm', measured, warm, floor),
  );

  log('scale: 10% slice');
  scaleRows.push(row('codemorph --jobs 2, 10% slice', sizes.slice, await codemorph(transform.arg, trees.slice, jobs)));
  if (!quick) {
    scaleRows.push(row('codemorph --jobs 2, corpus', sizes.full, two));
    log('scale: corpus x10 (hard links)');
    const tenfold = linkTree(corpus.root, corpus.files, join(CACHE, 'tree-10x'), 10);
    const ten = await measure(process.execPath, [BIN, 'run', transform.arg, '.', '--no-gitignore', '--no-color', '-q', ...jobs], { cwd: tenfold });
    scaleRows.push(row('codemorph --jobs 2, corpus x10', { files: sizes.full.files * 10, lines: sizes.full.lines * 10 }, ten));
  }

  for (const r of [...rows, ...scaleRows]) if (r.code !== 0 && !r.label.includes('--check')) log(`warning: "${r.label}" exited with ${r.code}`);
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, load ${execFileSync('cat', ['/proc/loadavg']).toString().split(' ').slice(0, 3).join(' ')}`;
  const report = [
    `Machine: ${machine}${quick ? ' (--quick: 10% slice, one run each)' : `; medians of ${repeats} runs (jscodeshift, cold cache and x10: one run)`}`,
    '',
    table(rows),
    '',
    'Peak memory and throughput as the tree grows (memory should stay flat, time linear):',
    '',
    table(scaleRows),
    '',
    `jscodeshift vs codemorph --jobs 2: ${(jscodeshift.wallMs / two.wallMs).toFixed(1)}x; vs default jobs: ${(jscodeshift.wallMs / auto.wallMs).toFixed(1)}x; warm cache vs cold: ${(warm.wallMs / cold.wallMs).toFixed(2)}x; exit codes: ${[...rows, ...scaleRows].map((r) => r.code).join(',')}`,
  ].join('\n');
  mkdirSync(CACHE, { recursive: true });
  writeFileSync(join(CACHE, quick ? 'scale-quick.md' : 'scale.md'), `${report}\n`);
  process.stdout.write(`\n## codemorph: speed and scale\n\n${report}\n`);
}

await main();
