#!/usr/bin/env node
// Proof on a real project nobody here wrote: rxjs 7.8.2 as published on npm (its TypeScript
// src/ ships in the tarball). Renames a widely used export and moves a folder with many
// importers, with codemorph and with ts-morph's own rename()/moveToDirectory(), then type-checks
// each result with the native tsc. Everything it downloads goes to .verify-cache/ (git-ignored).
//
//   npm run verify:refactor   (then a real monorepo: scripts/verify-monorepo.mjs)
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('..', import.meta.url));
const cache = join(repo, '.verify-cache');
const PACKAGE = 'rxjs';
const VERSION = '7.8.2';
const source = join(cache, `${PACKAGE}-${VERSION}`, 'package');
const deps = join(cache, 'deps');
const bin = join(repo, 'bin', 'codemorph.cjs');

const RENAME = { symbol: 'src/internal/util/lift.ts#operate', to: 'operateOn' };
const MOVE = { from: 'src/internal/util', to: 'src/internal/support/util' };

// rxjs's own tsconfig.json uses `baseUrl` and `moduleResolution: node`, which TypeScript 7 no
// longer accepts; this is the same configuration (strict, noImplicitReturns, lib esnext+dom,
// its `paths`) in the form TypeScript 7 reads.
const TSCONFIG = {
  compilerOptions: {
    strict: true,
    noImplicitReturns: true,
    noEmit: true,
    lib: ['esnext', 'dom'],
    target: 'esnext',
    module: 'esnext',
    moduleResolution: 'bundler',
    importHelpers: true,
    paths: { rxjs: ['./src/index'], 'rxjs/operators': ['./src/operators/index'], 'rxjs/internal/*': ['./src/internal/*'] },
  },
  include: ['src/**/*.ts'],
};

function sh(command, args, options = {}) {
  return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options });
}

function fetchProject() {
  if (existsSync(join(source, 'src', 'index.ts'))) return;
  mkdirSync(join(cache, `${PACKAGE}-${VERSION}`), { recursive: true });
  const tarball = sh('npm', ['pack', `${PACKAGE}@${VERSION}`, '--silent', '--pack-destination', cache]).trim().split('\n').pop();
  sh('tar', ['xzf', join(cache, tarball), '-C', join(cache, `${PACKAGE}-${VERSION}`)]);
}

function installDependencies() {
  if (existsSync(join(deps, 'node_modules', 'tslib'))) return;
  const manifest = JSON.parse(readFileSync(join(source, 'package.json'), 'utf8'));
  const wanted = Object.entries(manifest.dependencies ?? {}).map(([name, range]) => `${name}@${range}`);
  mkdirSync(deps, { recursive: true });
  sh('npm', ['install', '--prefix', deps, '--no-audit', '--no-fund', ...wanted]);
}

function fresh(name) {
  const work = join(cache, `work-${name}`);
  rmSync(work, { recursive: true, force: true });
  cpSync(source, work, { recursive: true });
  symlinkSync(join(deps, 'node_modules'), join(work, 'node_modules'), 'dir');
  writeFileSync(join(work, 'tsconfig.verify.json'), `${JSON.stringify(TSCONFIG, null, 2)}\n`);
  return work;
}

async function typeCheck(work) {
  const { runTsc } = await import(join(repo, 'dist/src/verify/tsc.js'));
  return runTsc(work, 'tsconfig.verify.json');
}

function tree(dir, base = dir, out = new Map()) {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules') continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) tree(path, base, out);
    else if (path.endsWith('.ts')) out.set(relative(base, path), readFileSync(path, 'utf8'));
  }
  return out;
}

/** Files whose text differs, counting a moved file once (by its new place). */
function touched(before, after) {
  let count = 0;
  for (const [path, text] of after) if (before.get(path) !== text) count++;
  return count;
}

// Each measured run is a fresh Node process (nothing warm from the other tool); inside it the
// clock starts after the imports. CPU seconds (user+sys) are printed beside wall seconds because
// wall time on a busy machine says more about the neighbours than about the tool.
function child(...args) {
  const result = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (result.status !== 0) throw new Error(`${args.slice(0, 2).join(' ')} failed (${result.status}):\n${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').pop());
}

function clock() {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  return () => {
    const used = process.cpuUsage(cpu);
    return { wall: (performance.now() - wall) / 1000, cpu: (used.user + used.system) / 1e6 };
  };
}

async function codemorphChild(work, pass, options, tsconfig = 'tsconfig.verify.json') {
  const { main: cli } = await import(join(repo, 'dist/src/cli/main.js'));
  // --no-gitignore: this repository's .gitignore lists .verify-cache/ itself.
  const args = ['run', pass, 'src', '--tsconfig', tsconfig, '--write', '--allow-dirty', '--no-gitignore', '--json', '--no-progress'];
  for (const [key, value] of Object.entries(JSON.parse(options))) args.push('--option', `${key}=${value}`);
  let stdout = '';
  let stderr = '';
  const io = { cwd: work, env: {}, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), stdoutIsTTY: false, stderrIsTTY: false };
  const stop = clock();
  const exit = await cli(args, io);
  const time = stop();
  if (exit !== 0) throw new Error(`codemorph ${pass} exited ${exit}: ${stderr}`);
  const report = JSON.parse(stdout);
  let edits = 0;
  for (const file of report.files) for (const value of Object.values(file.stats ?? {})) edits += value;
  return { ...time, files: report.summary.changed, edits };
}

async function tsMorphChild(work) {
  const { Project } = await import('ts-morph');
  const total = clock();
  const project = new Project({ tsConfigFilePath: join(work, 'tsconfig.verify.json') });
  const load = total();
  const renameClock = clock();
  project.getSourceFileOrThrow(join(work, 'src/internal/util/lift.ts')).getFunctionOrThrow('operate').rename(RENAME.to);
  const rename = renameClock();
  const moveClock = clock();
  const target = project.createDirectory(join(work, 'src/internal/support'));
  project.getDirectoryOrThrow(join(work, MOVE.from)).moveToDirectory(target);
  await project.save();
  const move = moveClock();
  return { load, rename, move, total: total() };
}

function describeCheck(baseline, after) {
  const key = (d) => `${d.file}\0${d.code}\0${d.message}`;
  const known = new Map();
  for (const d of baseline) known.set(key(d), (known.get(key(d)) ?? 0) + 1);
  const added = after.filter((d) => {
    const left = known.get(key(d)) ?? 0;
    if (left > 0) known.set(key(d), left - 1);
    return left === 0;
  });
  return added.length === 0
    ? `clean (no new diagnostics; ${baseline.length} pre-existing)`
    : `${added.length} NEW diagnostics, e.g. ${added.slice(0, 3).map((d) => `${d.file}(${d.line}) TS${d.code} ${d.message.split('\n')[0]}`).join(' | ')}`;
}

async function main() {
  if (!existsSync(join(repo, 'dist/src/verify/tsc.js'))) sh('npm', ['run', 'build'], { cwd: repo });
  fetchProject();
  installDependencies();
  const pristine = fresh('baseline');
  const before = tree(join(pristine, 'src'), pristine);
  const baseline = await typeCheck(pristine);
  console.log(`${PACKAGE}@${VERSION}: ${before.size} TypeScript files in src/; baseline tsc: ${baseline.length} diagnostic(s)`);
  for (const d of baseline) console.log(`  pre-existing: ${d.file}(${d.line}) TS${d.code} ${d.message.split('\n')[0]}`);

  const cmWork = fresh('codemorph');
  const rename = child('codemorph', cmWork, 'rename', JSON.stringify(RENAME));
  const afterRename = await typeCheck(cmWork);
  const move = child('codemorph', cmWork, 'move', JSON.stringify(MOVE));
  const afterMove = await typeCheck(cmWork);
  const cmTouched = touched(before, tree(join(cmWork, 'src'), cmWork));

  const tmWork = fresh('ts-morph');
  const tm = child('ts-morph', tmWork);
  const tmAfter = await typeCheck(tmWork);
  const tmTouched = touched(before, tree(join(tmWork, 'src'), tmWork));

  const s = (t) => `${t.wall.toFixed(2)}s wall / ${t.cpu.toFixed(2)}s CPU`;
  console.log('');
  console.log(`rename ${RENAME.symbol} -> ${RENAME.to}`);
  console.log(`  codemorph: ${rename.files} files, ${rename.edits} edits, ${s(rename)}; tsc after: ${describeCheck(baseline, afterRename)}`);
  console.log(`move ${MOVE.from} -> ${MOVE.to}`);
  console.log(`  codemorph: ${move.files} files (moves included), ${move.edits} edits (module paths + moves), ${s(move)}; tsc after: ${describeCheck(baseline, afterMove)}`);
  console.log(`  codemorph, both: ${cmTouched} files differ from the original`);
  console.log(`ts-morph, same two refactors: Project load ${s(tm.load)}, rename() ${s(tm.rename)}, moveToDirectory()+save() ${s(tm.move)}, total ${s(tm.total)}`);
  console.log(`  ts-morph, both: ${tmTouched} files differ from the original; tsc after: ${describeCheck(baseline, tmAfter)}`);
  console.log('(codemorph times are whole runs: discovery, reading, Project load, the refactor, writing.)');
  console.log('rxjs publishes no spec files in its tarball, so there are no tests of its own to run here.');
  console.log('');
  console.log('move src/lib -> src/core/lib on __testfixtures__/move/esm-folder-with-aliases (NodeNext, .js extensions, paths aliases, declare module):');
  await compareOnFixture();
  console.log('rename formatPrice -> formatAmount on __testfixtures__/rename/across-files (re-exports, shorthand properties):');
  await compareRenameOnFixture();
  console.log('');
  // A real monorepo: packages of TanStack Query from npm (scripts/verify-monorepo.mjs).
  const { verifyMonorepo } = await import('./verify-monorepo.mjs');
  await verifyMonorepo();
}

// The same folder move on this repository's ESM fixture (`.js` extensions, `paths` aliases,
// `declare module`): what each tool leaves for tsc.
async function fixtureMoveChild(tool, work) {
  if (tool === 'codemorph') return codemorphChild(work, 'move', JSON.stringify({ from: 'src/lib', to: 'src/core/lib' }), 'tsconfig.json');
  const { Project } = await import('ts-morph');
  const project = new Project({ tsConfigFilePath: join(work, 'tsconfig.json') });
  project.getDirectoryOrThrow(join(work, 'src/lib')).moveToDirectory(project.createDirectory(join(work, 'src/core')));
  await project.save();
  return {};
}

// The same rename on the rename fixture: ts-morph's rename() (no prefix/suffix text) renames
// shorthand properties, changing the keys of exported objects; tsc cannot notice.
async function fixtureRenameChild(tool, work) {
  if (tool === 'codemorph') return codemorphChild(work, 'rename', JSON.stringify({ symbol: 'src/util/format.ts#formatPrice', to: 'formatAmount' }), 'tsconfig.json');
  const { Project } = await import('ts-morph');
  const project = new Project({ tsConfigFilePath: join(work, 'tsconfig.json') });
  project.getSourceFileOrThrow(join(work, 'src/util/format.ts')).getFunctionOrThrow('formatPrice').rename('formatAmount');
  await project.save();
  return {};
}

async function compareRenameOnFixture() {
  const fixture = join(repo, '__testfixtures__/rename/across-files/input');
  const trees = {};
  for (const tool of ['codemorph', 'ts-morph']) {
    const work = join(cache, `fixture-rename-${tool}`);
    rmSync(work, { recursive: true, force: true });
    cpSync(fixture, work, { recursive: true });
    child('fixture-rename', tool, work);
    const { runTsc } = await import(join(repo, 'dist/src/verify/tsc.js'));
    const after = await runTsc(work, 'tsconfig.json');
    trees[tool] = tree(join(work, 'src'), work);
    const keys = [...trees[tool].values()].join('\n').match(/\{ formatPrice: formatAmount[^}]*\}/g) ?? [];
    console.log(`  ${tool}: ${after.length === 0 ? 'tsc clean' : `${after.length} tsc error(s)`}; object keys kept as formatPrice: ${keys.length}`);
  }
  for (const [path, text] of trees.codemorph) {
    const other = trees['ts-morph'].get(path);
    if (other === text) continue;
    const theirs = other.split('\n');
    text.split('\n').forEach((line, index) => {
      if (line !== theirs[index]) console.log(`    ${path}: codemorph \`${line.trim()}\` / ts-morph \`${theirs[index]?.trim()}\``);
    });
  }
}

async function compareOnFixture() {
  const fixture = join(repo, '__testfixtures__/move/esm-folder-with-aliases/input');
  for (const tool of ['codemorph', 'ts-morph']) {
    const work = join(cache, `fixture-${tool}`);
    rmSync(work, { recursive: true, force: true });
    cpSync(fixture, work, { recursive: true });
    child('fixture-move', tool, work);
    const { runTsc } = await import(join(repo, 'dist/src/verify/tsc.js'));
    const after = await runTsc(work, 'tsconfig.json');
    const summary = after.length === 0 ? 'tsc clean' : `${after.length} tsc error(s): ${after.map((d) => `TS${d.code}`).join(', ')}`;
    console.log(`  ${tool}: ${summary}`);
  }
}

async function childMain([mode, ...args]) {
  const modes = { codemorph: codemorphChild, 'fixture-move': fixtureMoveChild, 'fixture-rename': fixtureRenameChild, 'ts-morph': tsMorphChild };
  const result = await modes[mode](...args);
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

const childIndex = process.argv.indexOf('--child');
const entry = childIndex === -1 ? main() : childMain(process.argv.slice(childIndex + 1));
entry.catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
