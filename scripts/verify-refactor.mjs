#!/usr/bin/env node
// Proof on a real project nobody here wrote: rxjs 7.8.2 as published on npm (its TypeScript
// src/ ships in the tarball). Renames a widely used export and moves a folder with many
// importers, with codemorph and with ts-morph's own rename()/moveToDirectory(), then type-checks
// each result with the native tsc. Everything it downloads goes to .verify-cache/ (git-ignored).
//
//   npm run verify:refactor
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
const bin = join(repo, 'bin', 'codemorph.js');

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

function codemorph(work, pass, options) {
  // --no-gitignore: this repository's .gitignore lists .verify-cache/ itself.
  const args = ['run', pass, 'src', '--tsconfig', 'tsconfig.verify.json', '--write', '--allow-dirty', '--no-gitignore', '--json', '--no-progress'];
  for (const [key, value] of Object.entries(options)) args.push('--option', `${key}=${value}`);
  const started = performance.now();
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: work, encoding: 'utf8', maxBuffer: 1 << 28 });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`codemorph ${pass} failed (${result.status}):\n${result.stderr}`);
  const report = JSON.parse(result.stdout);
  let edits = 0;
  for (const file of report.files) for (const value of Object.values(file.stats ?? {})) edits += value;
  return { seconds, files: report.summary.changed, edits };
}

async function tsMorph(work) {
  const { Project } = await import('ts-morph');
  const started = performance.now();
  const project = new Project({ tsConfigFilePath: join(work, 'tsconfig.verify.json') });
  const loaded = performance.now();
  project.getSourceFileOrThrow(join(work, 'src/internal/util/lift.ts')).getFunctionOrThrow('operate').rename(RENAME.to);
  const renamed = performance.now();
  const target = project.createDirectory(join(work, 'src/internal/support'));
  project.getDirectoryOrThrow(join(work, MOVE.from)).moveToDirectory(target);
  await project.save();
  const done = performance.now();
  return { load: (loaded - started) / 1000, rename: (renamed - loaded) / 1000, move: (done - renamed) / 1000, total: (done - started) / 1000 };
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
  const rename = codemorph(cmWork, 'rename', RENAME);
  const afterRename = await typeCheck(cmWork);
  const move = codemorph(cmWork, 'move', MOVE);
  const afterMove = await typeCheck(cmWork);
  const cmTouched = touched(before, tree(join(cmWork, 'src'), cmWork));

  const tmWork = fresh('ts-morph');
  const tm = await tsMorph(tmWork);
  const tmAfter = await typeCheck(tmWork);
  const tmTouched = touched(before, tree(join(tmWork, 'src'), tmWork));

  const s = (n) => `${n.toFixed(2)}s`;
  console.log('');
  console.log(`rename ${RENAME.symbol} -> ${RENAME.to}`);
  console.log(`  codemorph: ${rename.files} files, ${rename.edits} edits, ${s(rename.seconds)} (CLI, whole process); tsc after: ${describeCheck(baseline, afterRename)}`);
  console.log(`move ${MOVE.from} -> ${MOVE.to}`);
  console.log(`  codemorph: ${move.files} files, ${move.edits} edits (module paths + moves), ${s(move.seconds)} (CLI, whole process); tsc after: ${describeCheck(baseline, afterMove)}`);
  console.log(`  codemorph both: ${cmTouched} files differ from the original, ${s(rename.seconds + move.seconds)}`);
  console.log(`ts-morph (in process, same two refactors): load ${s(tm.load)}, rename() ${s(tm.rename)}, moveToDirectory()+save ${s(tm.move)}, total ${s(tm.total)}`);
  console.log(`  ts-morph both: ${tmTouched} files differ from the original; tsc after: ${describeCheck(baseline, tmAfter)}`);
  console.log('rxjs publishes no spec files in its tarball, so there are no tests of its own to run here.');
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
