#!/usr/bin/env node
// Runs the `node-migrations` recipe through the built CLI over real, older npm packages that use
// deprecated Node.js APIs and ship their own offline test suite, then runs that suite. The
// recipe's changes must keep a green suite green. Not part of `npm test`.
//
//   npm run build && npm run verify:node-migrations            all packages
//   npm run verify:node-migrations -- bl                       some of them
//   npm run verify:node-migrations -- --recipe node-migrations-types
//
// Needs network once: packages are installed into .verify-cache/node-migrations/<name>/ (git-ignored).
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cache = join(root, '.verify-cache', 'node-migrations');

/**
 * `paths`: what the recipe runs on — the sources and the tests, which use the deprecated APIs
 * even more (77 `new Buffer` calls in bl's), so the suite checks migrated code on both sides.
 * `test`: the command, run in the package folder; its tape output is counted.
 */
const PACKAGES = [
  { name: 'bl', version: '1.0.3', testDeps: ['tape@4.4.0', 'hash_file@0.1.1', '@types/node@20.19.0'], paths: ['bl.js', 'test'], test: ['test/test.js'] },
];

function parseArgs(argv) {
  const args = { recipe: 'node-migrations', only: [] };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--recipe') args.recipe = argv[++i];
    else args.only.push(argv[i]);
  }
  return args;
}

function install(pkg) {
  const prefix = join(cache, pkg.name);
  // The stamp names everything installed: a changed test dependency list installs again.
  const specs = [`${pkg.name}@${pkg.version}`, ...pkg.testDeps];
  const stamp = join(prefix, 'installed.json');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === JSON.stringify(specs)) return prefix;
  mkdirSync(prefix, { recursive: true });
  console.error(`installing ${pkg.name}@${pkg.version} and ${pkg.testDeps.join(' ')} into ${relative(root, prefix)}`);
  execFileSync('npm', ['install', '--prefix', prefix, '--no-audit', '--no-fund', '--ignore-scripts', ...specs], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  writeFileSync(stamp, JSON.stringify(specs));
  return prefix;
}

/** A fresh copy of the published package next to its node_modules, so requires resolve there. */
function freshCopy(prefix, pkg) {
  const target = join(prefix, 'work');
  rmSync(target, { recursive: true, force: true });
  cpSync(join(prefix, 'node_modules', pkg.name), target, { recursive: true });
  // For node-migrations-types: the package's JavaScript, read with Node's types (TypeScript 6 lists them explicitly).
  const tsconfig = { compilerOptions: { allowJs: true, noEmit: true, module: 'nodenext', types: ['node'], typeRoots: ['../node_modules/@types'] }, include: pkg.paths };
  writeFileSync(join(target, 'tsconfig.json'), `${JSON.stringify(tsconfig, null, 2)}\n`);
  return target;
}

function runTests(dir, pkg) {
  const result = spawnSync(process.execPath, pkg.test, { cwd: dir, encoding: 'utf8', timeout: 120_000 });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  const count = (label) => Number(new RegExp(`^# ${label}\\s+(\\d+)`, 'm').exec(output)?.[1] ?? 0);
  const firstError = /^(\w*Error:.*|not ok .*)$/m.exec(output)?.[1];
  return { ok: result.status === 0, pass: count('pass'), fail: count('fail'), firstError };
}

function runRecipe(dir, pkg, recipe) {
  const result = spawnSync(
    process.execPath,
    [join(root, 'bin', 'codemorph.cjs'), 'run', recipe, ...pkg.paths, '--write', '--allow-dirty', '--json', '--no-cache', '--no-gitignore', '--root', dir],
    { cwd: dir, encoding: 'utf8', timeout: 300_000 },
  );
  if (result.status !== 0) return { error: `exit ${result.status}: ${`${result.stderr}${result.stdout}`.trim().split('\n')[0]?.slice(0, 200)}` };
  const report = JSON.parse(result.stdout);
  const stats = {};
  for (const file of report.files) for (const [name, count] of Object.entries(file.stats ?? {})) stats[name] = (stats[name] ?? 0) + count;
  return { changed: report.summary.changed, stats, warnings: report.warningGroups ?? [] };
}

const show = (tests) => `${tests.ok ? 'ok' : 'FAIL'} ${tests.pass}/${tests.pass + tests.fail}${tests.ok ? '' : ` (${tests.firstError ?? 'no tape summary'})`}`;

const args = parseArgs(process.argv.slice(2));
if (!existsSync(join(root, 'dist'))) {
  console.error('dist/ is missing: run `npm run build` first');
  process.exit(2);
}
let broken = 0;
for (const pkg of PACKAGES.filter((candidate) => args.only.length === 0 || args.only.includes(candidate.name))) {
  const prefix = install(pkg);
  const dir = freshCopy(prefix, pkg);
  const before = runTests(dir, pkg);
  const run = runRecipe(dir, pkg, args.recipe);
  console.log(`\n## ${pkg.name}@${pkg.version} — ${args.recipe}`);
  console.log(`tests before: ${show(before)}`);
  if (run.error) {
    console.log(`recipe failed: ${run.error}`);
    broken++;
    continue;
  }
  const after = runTests(dir, pkg);
  console.log(`files changed: ${run.changed}; rewrites: ${Object.entries(run.stats).map(([name, count]) => `${name}=${count}`).join(', ') || 'none'}`);
  for (const group of run.warnings) console.log(`  left with a warning ×${group.count}: ${group.pass}: ${group.reason.slice(0, 110)}`);
  console.log(`tests after:  ${show(after)}`);
  if (before.ok && !after.ok) broken++;
}
process.exit(broken > 0 ? 1 : 0);
