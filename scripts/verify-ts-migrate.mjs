#!/usr/bin/env node
// Runs `codemorph run js-to-ts` and, for comparison, Airbnb's ts-migrate (rename + migrate) on
// real JavaScript npm packages that ship offline tests (the ones verify:legacy uses), each on a
// fresh copy of the published package, with the same tsconfig (the one js-to-ts creates). Then,
// for each output: the native tsc (typescript 7) with that tsconfig, the package's own tests
// run against the compiled output (dist/), and what require() of the package folder gives an
// importer against the published package. Prints one table (docs/js-to-ts.md keeps the last one).
//
//   npm run verify:ts-migrate                  all packages
//   npm run verify:ts-migrate -- qs minimist   some of them
//
// Needs `npm run build`, and network once: packages go to .verify-cache/<name>/ (shared with
// verify:legacy) and ts-migrate to .verify-cache/ts-migrate-tool/ (both git-ignored).
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cache = join(root, '.verify-cache');
const tsc = join(dirname(createRequire(import.meta.url).resolve('typescript/package.json')), 'bin', 'tsc');

/** verify:legacy's packages (their tarballs ship tape suites); `sources`: what gets migrated besides test/. */
const PACKAGES = [
  { name: 'minimist', version: '1.2.8', testDeps: ['tape@5.6.3'], sources: ['index.js'] },
  { name: 'qs', version: '6.5.3', testDeps: ['tape@5.6.3', 'iconv-lite@0.4.24', 'safer-buffer@2.1.2'], sources: ['lib'] },
  { name: 'deep-equal', version: '1.1.1', testDeps: ['tape@4.11.0'], sources: ['index.js', 'lib'] },
  { name: 'traverse', version: '0.6.7', testDeps: ['tape@5.6.3'], sources: ['index.js'] },
  { name: 'json-stable-stringify', version: '1.0.1', testDeps: ['tape@5.6.3'], sources: ['index.js'] },
];

// ts-migrate 0.1.35 uses the TypeScript JS API, which typescript 7 (the native compiler) no longer has.
const TS_MIGRATE = ['ts-migrate@0.1.35', 'typescript@5.9'];

function npmInstall(prefix, specs) {
  mkdirSync(prefix, { recursive: true });
  console.error(`installing ${specs.join(' ')} into ${relative(root, prefix)}`);
  execFileSync('npm', ['install', '--prefix', prefix, '--no-audit', '--no-fund', '--ignore-scripts', ...specs], { stdio: ['ignore', 'ignore', 'inherit'] });
}

function install(pkg) {
  const prefix = join(cache, pkg.name);
  const marker = join(prefix, 'node_modules', pkg.name, 'package.json');
  if (!existsSync(marker) || JSON.parse(readFileSync(marker, 'utf8')).version !== pkg.version) {
    npmInstall(prefix, [`${pkg.name}@${pkg.version}`, ...pkg.testDeps]);
  }
  return prefix;
}

function installTsMigrate() {
  const prefix = join(cache, 'ts-migrate-tool');
  const bin = join(prefix, 'node_modules', 'ts-migrate', 'build', 'cli.js');
  if (!existsSync(bin) || !existsSync(join(prefix, 'node_modules', 'typescript', 'lib', 'typescript.js'))) npmInstall(prefix, TS_MIGRATE);
  return bin;
}

/**
 * A fresh copy of the published package outside this repository (whose tsconfig.json would
 * otherwise be the nearest one), its node_modules linked so requires resolve.
 */
function freshCopy(prefix, pkg, label) {
  const target = join(tmpdir(), `codemorph-verify-ts-migrate-${pkg.name}-${label}`);
  rmSync(target, { recursive: true, force: true });
  cpSync(join(prefix, 'node_modules', pkg.name), target, { recursive: true });
  symlinkSync(join(prefix, 'node_modules'), join(target, 'node_modules'), 'dir');
  return target;
}

function filesUnder(dir) {
  const files = [];
  const walk = (path) => {
    for (const entry of readdirSync(path)) {
      if (entry === 'node_modules' || entry === 'dist') continue;
      const full = join(path, entry);
      if (statSync(full).isDirectory()) walk(full);
      else files.push(full);
    }
  };
  walk(dir);
  return files;
}

/**
 * Counted the same way in both tools' output: `any` in type positions, suppression comments, and
 * `unknown` in type positions (so a trade of `any` for `unknown` shows). Declaration files count
 * when the tool created them (js-to-ts's types/<package>.d.ts); those the package shipped do not.
 * `files` counts the migrated sources (declarations apart).
 */
function countOutput(dir, shipped) {
  let any = 0;
  let unknown = 0;
  let suppressions = 0;
  const files = filesUnder(dir).filter((file) => /\.[cm]?tsx?$/.test(file) && !(file.endsWith('.d.ts') && shipped.has(file)));
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    any += (text.match(/:\s*any\b|\bas\s+any\b|<any>/g) ?? []).length;
    unknown += (text.match(/:\s*unknown\b|\bas\s+unknown\b|<unknown>/g) ?? []).length;
    suppressions += (text.match(/@ts-(?:expect-error|ignore)\b/g) ?? []).length;
  }
  return { files: files.filter((file) => !file.endsWith('.d.ts')).length, any, unknown, suppressions };
}

function typecheck(dir) {
  const result = spawnSync(process.execPath, [tsc, '-p', '.'], { cwd: dir, encoding: 'utf8', timeout: 300_000 });
  const errors = (`${result.stdout}${result.stderr}`.match(/error TS\d+/g) ?? []).length;
  return result.status === 0 ? 'clean' : `${errors} errors`;
}

function runTests(prefix, dir) {
  const testDir = join(dir, 'dist', 'test');
  if (!existsSync(testDir)) return 'no output';
  const files = readdirSync(testDir).filter((file) => file.endsWith('.js')).map((file) => join('dist', 'test', file));
  const result = spawnSync(process.execPath, [join(prefix, 'node_modules', 'tape', 'bin', 'tape'), ...files], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  const count = (label) => Number(new RegExp(`^# ${label}\\s+(\\d+)`, 'm').exec(output)?.[1] ?? 0);
  if (result.status === 0) return `pass ${count('pass')}/${count('pass') + count('fail')}`;
  const crash = /^(\w*Error: .*)$/m.exec(output)?.[1];
  return crash && !/^# pass/m.test(output) ? `FAIL: ${crash.slice(0, 80)}` : `FAIL ${count('pass')}/${count('pass') + count('fail')}`;
}

/** What `require()` of a package folder gives an importer: its type and its own enumerable keys. */
function shapeOf(dir) {
  const script = `const v = require(${JSON.stringify(dir)}); console.log(JSON.stringify({ type: typeof v, keys: v === null || (typeof v !== 'object' && typeof v !== 'function') ? [] : Object.keys(v).sort() }))`;
  const result = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 60_000 });
  if (result.status !== 0) return { error: /^(\w*Error: .*)$/m.exec(result.stderr)?.[1]?.slice(0, 60) ?? `exit ${result.status}` };
  return JSON.parse(result.stdout);
}

/**
 * Whether importers still get what the published package gives them: `require('<name>')` of
 * the migrated folder (through package.json's main, after tsc) against the original's. The
 * package's own tests import the sources by path, so they cannot see this.
 */
function importers(prefix, pkg, dir) {
  const before = shapeOf(join(prefix, 'node_modules', pkg.name));
  const after = shapeOf(dir);
  if (after.error) return `FAIL: ${after.error}`;
  if (before.type !== after.type) return `differs: a ${after.type}, was a ${before.type}`;
  const missing = before.keys.filter((key) => !after.keys.includes(key));
  if (missing.length > 0) return `differs: no ${missing.slice(0, 3).join(', ')}`;
  const added = after.keys.filter((key) => !before.keys.includes(key));
  return added.length > 0 ? `same (+${added.join(', ')})` : 'same';
}

function timed(fn) {
  const start = Date.now();
  const value = fn();
  return { value, seconds: ((Date.now() - start) / 1000).toFixed(1) };
}

function codemorph(prefix, pkg) {
  const dir = freshCopy(prefix, pkg, 'js-to-ts');
  const shipped = new Set(filesUnder(dir));
  const run = timed(() =>
    spawnSync(process.execPath, [join(root, 'bin', 'codemorph.cjs'), 'run', 'js-to-ts', ...pkg.sources, 'test', '--write', '--allow-dirty', '--json', '--no-cache', '--no-gitignore', '--root', dir], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 600_000,
    }),
  );
  if (run.value.status !== 0) return { dir, error: `exit ${run.value.status}: ${`${run.value.stderr}`.trim().split('\n').at(-1)?.slice(0, 160)}` };
  const stats = JSON.parse(run.value.stdout).summary.stats ?? {};
  const annotations = Object.entries(stats).filter(([name]) => name.startsWith('annotations.')).reduce((sum, [, n]) => sum + n, 0);
  return { dir, seconds: run.seconds, annotations, ...countOutput(dir, shipped), tsc: typecheck(dir), tests: runTests(prefix, dir), importers: importers(prefix, pkg, dir) };
}

function tsMigrate(prefix, pkg, cli, tsconfig) {
  const dir = freshCopy(prefix, pkg, 'ts-migrate');
  const shipped = new Set(filesUnder(dir));
  cpSync(tsconfig, join(dir, 'tsconfig.json'));
  const sources = [...pkg.sources.map((source) => (source.endsWith('.js') ? source : `${source}/**/*.js`)), 'test/**/*.js'];
  const step = (args) => spawnSync(process.execPath, [cli, ...args], { cwd: dir, encoding: 'utf8', timeout: 600_000 });
  const renamed = step(['rename', dir, ...sources.flatMap((source) => ['-s', source])]);
  if (renamed.status !== 0) return { error: `rename: exit ${renamed.status}: ${`${renamed.stderr}`.trim().split('\n')[0]?.slice(0, 160)}` };
  const run = timed(() => step(['migrate', dir]));
  // ts-migrate writes what its other plugins did even when one fails (exit 255); note which.
  const failed = [...new Set([...`${run.value.stdout}${run.value.stderr}`.matchAll(/^Error: \[([\w-]+)\]/gm)].map((match) => match[1]))];
  const note = run.value.status === 0 ? '' : ` (exit ${run.value.status}${failed.length > 0 ? `: ${failed.join(', ')} failed` : ''})`;
  return { seconds: `${run.seconds}${note}`, annotations: '-', ...countOutput(dir, shipped), tsc: typecheck(dir), tests: runTests(prefix, dir), importers: importers(prefix, pkg, dir) };
}

const wanted = process.argv.slice(2);
const packages = wanted.length > 0 ? PACKAGES.filter((pkg) => wanted.includes(pkg.name)) : PACKAGES;
const tsMigrateCli = installTsMigrate();
const rows = [];
for (const pkg of packages) {
  const prefix = install(pkg);
  console.error(`${pkg.name}: js-to-ts`);
  const ours = codemorph(prefix, pkg);
  console.error(`${pkg.name}: ts-migrate`);
  const theirs = ours.error ? { error: 'not run (no tsconfig from js-to-ts)' } : tsMigrate(prefix, pkg, tsMigrateCli, join(ours.dir, 'tsconfig.json'));
  rows.push({ name: `${pkg.name}@${pkg.version}`, ours, theirs });
}

const cell = (result, key) => (result.error ? (key === 'files' ? result.error : '') : String(result[key]));
const header = '| package | tool | files | annotations | `any` | suppressions | any + suppressions | `unknown` | tsc | tests | `require()` by importers | seconds |';
console.log(`${header}\n|---|---|---|---|---|---|---|---|---|---|---|---|`);
for (const { name, ours, theirs } of rows) {
  for (const [tool, result] of [['codemorph js-to-ts', ours], ['ts-migrate', theirs]]) {
    const total = result.error ? '' : String(result.any + result.suppressions);
    console.log(`| ${name} | ${tool} | ${cell(result, 'files')} | ${cell(result, 'annotations')} | ${cell(result, 'any')} | ${cell(result, 'suppressions')} | ${total} | ${cell(result, 'unknown')} | ${cell(result, 'tsc')} | ${cell(result, 'tests')} | ${cell(result, 'importers')} | ${cell(result, 'seconds')} |`);
  }
}
// The goal is per tool over all packages: js-to-ts's any + suppressions at most half of ts-migrate's.
for (const [tool, key] of [['codemorph js-to-ts', 'ours'], ['ts-migrate', 'theirs']]) {
  const done = rows.map((row) => row[key]).filter((result) => !result.error);
  const sum = (name) => done.reduce((total, result) => total + result[name], 0);
  console.log(`| all | ${tool} | ${sum('files')} | | ${sum('any')} | ${sum('suppressions')} | ${sum('any') + sum('suppressions')} | ${sum('unknown')} | | | | |`);
}
