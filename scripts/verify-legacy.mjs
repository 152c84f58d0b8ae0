#!/usr/bin/env node
// Runs the `modernize` recipe (and, for comparison, lebab's equivalent transforms) over real
// legacy ES5/CommonJS npm packages that ship their own tests, one transform at a time, and runs
// the package's tests after every transform that changed something. A transform that breaks a
// package's tests is named, with the files it changed.
//
//   npm run verify:legacy                  all packages
//   npm run verify:legacy -- qs minimist   some of them
//   npm run verify:legacy -- --cli          also run the whole recipe once through the built CLI
//                                          (bin/codemorph.cjs, needs `npm run build`) and test that
//   npm run verify:legacy -- --with-tests   transform the test files too (more legacy code under test)
//   npm run verify:legacy -- --esm          modernize-esm: sources *and* tests become ES modules
//                                          ("type": "module"), then the tests run as ESM
//
// Needs network once: packages are installed into .verify-cache/<name>/ (git-ignored).
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { diffLines } from 'diff';
import { createJiti } from 'jiti';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cache = join(root, '.verify-cache');
const jiti = createJiti(import.meta.url);
const lebab = createRequire(import.meta.url)('lebab');

/**
 * Packages whose npm tarball ships a test suite that runs offline with tape. `esm`: its tests
 * can run as ES modules once converted (the others deep-import package files without an
 * extension, e.g. `require('tape/lib/test')`, which ESM resolution rejects).
 */
const PACKAGES = [
  { name: 'minimist', version: '1.2.8', testDeps: ['tape@5.6.3'], sources: ['index.js'], esm: true },
  { name: 'qs', version: '6.5.3', testDeps: ['tape@5.6.3', 'iconv-lite@0.4.24', 'safer-buffer@2.1.2'], sources: ['lib'], esm: true },
  { name: 'deep-equal', version: '1.1.1', testDeps: ['tape@4.11.0'], sources: ['index.js', 'lib'] },
  { name: 'traverse', version: '0.6.7', testDeps: ['tape@5.6.3'], sources: ['index.js'], esm: true },
  { name: 'json-stable-stringify', version: '1.0.1', testDeps: ['tape@5.6.3'], sources: ['index.js'], esm: true },
  {
    name: 'object-inspect',
    version: '1.12.3',
    testDeps: [
      'tape@5.6.3',
      'has-tostringtag@1.0.0',
      'has-symbols@1.0.3',
      'for-each@0.3.3',
      'mock-property@1.0.0',
      'string.prototype.repeat@1.0.0',
      'make-arrow-function@1.2.0',
      'functions-have-names@1.2.3',
      'es-value-fixtures@1.4.2',
      'error-cause@1.0.5',
    ],
    sources: ['index.js'],
  },
];

/** lebab's transform for each codemorph step (null: lebab has none). */
const LEBAB_EQUIVALENT = {
  class: 'class',
  'multi-var': 'multi-var',
  'var-to-let-const': 'let',
  'arg-rest': 'arg-rest',
  'arg-spread': 'arg-spread',
  'default-param': 'default-param',
  'destruct-param': 'destruct-param',
  'for-of': 'for-of',
  'for-each': 'for-each',
  'object-method': 'obj-method',
  'arrow-functions': 'arrow',
  'arrow-return': 'arrow-return',
  'object-shorthand': 'obj-shorthand',
  'template-literals': 'template',
  exponent: 'exponent',
  includes: 'includes',
  'no-strict': 'no-strict',
  'commonjs-to-esm': 'commonjs',
};

function parseArgs(argv) {
  const args = { recipe: undefined, esm: false, only: [] };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--recipe') args.recipe = argv[++i];
    else if (argv[i] === '--esm') args.esm = true;
    else if (argv[i] === '--cli') args.cli = true;
    else if (argv[i] === '--with-tests') args.withTests = true;
    else args.only.push(argv[i]);
  }
  args.recipe ??= args.esm ? 'modernize-esm' : 'modernize';
  return args;
}

function install(pkg) {
  const prefix = join(cache, pkg.name);
  const marker = join(prefix, 'node_modules', pkg.name, 'package.json');
  if (existsSync(marker) && JSON.parse(readFileSync(marker, 'utf8')).version === pkg.version) return prefix;
  mkdirSync(prefix, { recursive: true });
  console.error(`installing ${pkg.name}@${pkg.version} and ${pkg.testDeps.join(' ')} into ${relative(root, prefix)}`);
  execFileSync('npm', ['install', '--prefix', prefix, '--no-audit', '--no-fund', '--ignore-scripts', `${pkg.name}@${pkg.version}`, ...pkg.testDeps], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return prefix;
}

/** A fresh copy of the published package next to its node_modules, so requires resolve there. */
function freshCopy(prefix, pkg, label) {
  const target = join(prefix, `work-${label}`);
  rmSync(target, { recursive: true, force: true });
  cpSync(join(prefix, 'node_modules', pkg.name), target, { recursive: true });
  return target;
}

function sourceFiles(dir, pkg) {
  const files = [];
  const walk = (path) => {
    if (statSync(path).isDirectory()) for (const entry of readdirSync(path).sort()) walk(join(path, entry));
    else if (path.endsWith('.js')) files.push(path);
  };
  for (const source of pkg.sources) walk(join(dir, source));
  return files;
}

/** ESM mode: the package becomes "type": "module" and its tests are converted by the same tool. */
async function convertTests(dir, convert) {
  for (const file of sourceFiles(dir, { sources: ['test'] })) writeFileSync(file, await convert(file, readFileSync(file, 'utf8')));
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ ...manifest, type: 'module' }, null, 2)}\n`);
}

function runTests(prefix, dir) {
  const testDir = join(dir, 'test');
  const files = readdirSync(testDir).filter((file) => file.endsWith('.js')).map((file) => join('test', file));
  const result = spawnSync(process.execPath, [join(prefix, 'node_modules', 'tape', 'bin', 'tape'), ...files], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 120_000,
  });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  const count = (label) => Number(new RegExp(`^# ${label}\\s+(\\d+)`, 'm').exec(output)?.[1] ?? 0);
  const firstError = /^(\w*Error:.*|not ok .*)$/m.exec(output)?.[1];
  return { ok: result.status === 0, pass: count('pass'), fail: count('fail'), firstError };
}

function showTests(result) {
  if (!result) return '-';
  return `${result.ok ? 'ok' : 'FAIL'} ${result.pass}/${result.pass + result.fail}`;
}

/** Lines touched: per hunk, the larger of lines removed and lines added (a pure deletion counts). */
function changedLines(before, after) {
  let lines = 0;
  let removed = 0;
  let added = 0;
  for (const part of diffLines(before, after)) {
    if (part.removed) removed += part.count ?? 0;
    else if (part.added) added += part.count ?? 0;
    else {
      lines += Math.max(removed, added);
      removed = added = 0;
    }
  }
  return lines + Math.max(removed, added);
}

/** Expands a recipe into pass ids (nested recipe names included). */
function recipeSteps(name, recipes, seen = new Set()) {
  const recipe = recipes.find((candidate) => candidate.name === name);
  if (!recipe) throw new Error(`no built-in recipe named ${name}`);
  if (seen.has(name)) throw new Error(`recipe ${name} includes itself`);
  seen.add(name);
  return recipe.steps.flatMap((step) => {
    const id = typeof step === 'string' ? step : (step.id ?? step.recipe);
    return recipes.some((candidate) => candidate.name === id) ? recipeSteps(id, recipes, seen) : [id];
  });
}

async function loadPass(id, builtinPasses) {
  const registered = builtinPasses.find((pass) => pass.id === id);
  if (registered) return registered;
  const file = join(root, 'transforms', id, `${id}.ts`);
  return existsSync(file) ? (await jiti.import(file)).pass : undefined;
}

/**
 * Applies `steps` one after another to the package copy, writing files after each step and
 * running the tests after each step that changed something. Returns per-step line counts.
 */
async function runSteps(prefix, dir, pkg, steps, apply) {
  const files = sourceFiles(dir, pkg);
  const texts = new Map(files.map((file) => [file, readFileSync(file, 'utf8')]));
  const rows = [];
  let tests;
  let brokenBy;
  for (const step of steps) {
    let lines = 0;
    const changedFiles = [];
    const warnings = [];
    for (const file of files) {
      const before = texts.get(file);
      const outcome = await apply(step, file, before);
      if (outcome.warnings) warnings.push(...outcome.warnings);
      if (outcome.error) {
        rows.push({ step: step.label, error: `${relative(dir, file)}: ${outcome.error}` });
        continue;
      }
      if (outcome.after === before) continue;
      lines += changedLines(before, outcome.after);
      changedFiles.push({ file: relative(dir, file), before, after: outcome.after });
      texts.set(file, outcome.after);
      writeFileSync(file, outcome.after);
    }
    if (changedFiles.length === 0) {
      rows.push({ step: step.label, lines: 0, warnings: warnings.length });
      continue;
    }
    tests = runTests(prefix, dir);
    rows.push({ step: step.label, lines, files: changedFiles.map((entry) => entry.file), tests, warnings: warnings.length });
    if (!tests.ok && !brokenBy) brokenBy = { step: step.label, files: changedFiles, tests };
  }
  return { rows, tests: tests ?? runTests(prefix, dir), brokenBy };
}

/** One end-to-end run of the recipe through the CLI, as a user would run it. */
async function runCli(prefix, pkg, recipe, esm, convertTestsFn) {
  const dir = freshCopy(prefix, pkg, 'cli');
  if (esm) await convertTestsFn(dir);
  const options = esm ? ['--option', 'commonjs-to-esm.addExtensions=true'] : [];
  const result = spawnSync(
    process.execPath,
    [join(root, 'bin', 'codemorph.cjs'), 'run', recipe, ...pkg.sources, '--write', '--allow-dirty', '--json', '--no-cache', '--no-gitignore', '--root', dir, ...options],
    { cwd: dir, encoding: 'utf8', timeout: 300_000 },
  );
  if (result.status !== 0) {
    const reason = `${result.stderr ?? ''}${result.stdout ?? ''}`.trim().split('\n')[0];
    return { error: `exit ${result.status}: ${reason.slice(0, 160)}` };
  }
  let changed = '?';
  try {
    changed = JSON.parse(result.stdout).summary.changed;
  } catch {
    // Not JSON (an older CLI): the test result alone still says whether the run was safe.
  }
  return { tests: runTests(prefix, dir), changed };
}

function printMatrix(title, steps, results, names) {
  console.log(`\n### ${title}: lines changed per transform\n`);
  console.log(`| transform | ${names.join(' | ')} |`);
  console.log(`| --- | ${names.map(() => '---:').join(' | ')} |`);
  for (const step of steps) {
    const cells = names.map((name) => {
      const row = results.get(name)?.rows.find((entry) => entry.step === step.label);
      if (!row) return 'n/a';
      if (row.error) return 'error';
      const broke = row.tests && !row.tests.ok ? ' (tests fail)' : '';
      return `${row.lines}${broke}`;
    });
    console.log(`| ${step.label} | ${cells.join(' | ')} |`);
  }
  const totals = names.map((name) => results.get(name)?.rows.reduce((sum, row) => sum + (row.lines ?? 0), 0) ?? 0);
  console.log(`| **total** | ${totals.join(' | ')} |`);
}

function describeBreak(tool, name, brokenBy) {
  if (!brokenBy) return;
  console.log(`\n${tool} broke ${name}'s tests at step ${brokenBy.step}: ${brokenBy.tests.firstError ?? ''}`);
  for (const { file, before, after } of brokenBy.files) {
    console.log(`  ${file}:`);
    const parts = diffLines(before, after).filter((part) => part.added || part.removed);
    for (const part of parts.slice(0, 6)) {
      for (const line of part.value.split('\n').filter(Boolean).slice(0, 4)) console.log(`    ${part.added ? '+' : '-'} ${line}`);
    }
  }
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const { builtinPasses, builtinRecipes } = await jiti.import(join(root, 'transforms', 'index.ts'));
  const { processFile } = await jiti.import(join(root, 'src', 'runner', 'process-file.ts'));
  const { resolveOptions } = await jiti.import(join(root, 'src', 'core', 'options.ts'));
  const ids = recipeSteps(args.recipe, builtinRecipes);
  const passSteps = [];
  for (const id of ids) {
    const pass = await loadPass(id, builtinPasses);
    if (!pass) console.error(`note: ${id} is in ${args.recipe} but not built yet; skipped`);
    else if (pass.needs === 'types') console.error(`note: ${id} needs types; this script runs syntax passes only; skipped`);
    else passSteps.push({ label: id, pass, options: resolveOptions(id, pass.options, id === 'commonjs-to-esm' ? { addExtensions: true } : {}) });
  }
  const lebabSteps = passSteps.filter((step) => LEBAB_EQUIVALENT[step.label]).map((step) => ({ label: step.label, lebab: LEBAB_EQUIVALENT[step.label] }));

  const withTests = (pkg) => (args.withTests ? { ...pkg, sources: [...pkg.sources, 'test'] } : pkg);
  const packages = PACKAGES.map(withTests).filter((pkg) => (args.only.length === 0 || args.only.includes(pkg.name)) && (!args.esm || pkg.esm));
  const codemorph = new Map();
  const lebabResults = new Map();
  const baseline = new Map();
  const cliResults = new Map();
  for (const pkg of packages) {
    const prefix = install(pkg);
    baseline.set(pkg.name, runTests(prefix, freshCopy(prefix, pkg, 'original')));
    const ours = freshCopy(prefix, pkg, 'codemorph');
    if (args.esm) {
      const esmStep = passSteps.find((step) => step.label === 'commonjs-to-esm');
      await convertTests(ours, async (file, text) => {
        const result = await processFile({ path: file, relativePath: relative(ours, file), text }, [{ pass: esmStep.pass, options: esmStep.options }]);
        return result.status === 'changed' ? result.after : text;
      });
    }
    codemorph.set(
      pkg.name,
      await runSteps(prefix, ours, pkg, passSteps, async (step, file, text) => {
        const result = await processFile({ path: file, relativePath: relative(ours, file), text }, [{ pass: step.pass, options: step.options }]);
        if (result.status === 'failed') return { error: result.error.message };
        return { after: result.status === 'changed' ? result.after : text, warnings: result.warnings };
      }),
    );
    if (args.cli) {
      cliResults.set(
        pkg.name,
        await runCli(prefix, pkg, args.recipe, args.esm, (dir) =>
          convertTests(dir, async (file, text) => {
            const esmStep = passSteps.find((step) => step.label === 'commonjs-to-esm');
            const result = await processFile({ path: file, relativePath: relative(dir, file), text }, [{ pass: esmStep.pass, options: esmStep.options }]);
            return result.status === 'changed' ? result.after : text;
          }),
        ),
      );
    }
    const theirs = freshCopy(prefix, pkg, 'lebab');
    if (args.esm) await convertTests(theirs, async (_file, text) => lebab.transform(text, ['commonjs']).code);
    lebabResults.set(
      pkg.name,
      await runSteps(prefix, theirs, pkg, lebabSteps, async (step, _file, text) => {
        try {
          const result = lebab.transform(text, [step.lebab]);
          return { after: result.code, warnings: result.warnings };
        } catch (error) {
          return { error: error.message.split('\n')[0] };
        }
      }),
    );
  }

  const names = packages.map((pkg) => `${pkg.name}@${pkg.version}`);
  const byLabel = (map) => new Map(packages.map((pkg, i) => [names[i], map.get(pkg.name)]));
  printMatrix(`codemorph ${args.recipe}`, passSteps, byLabel(codemorph), names);
  printMatrix('lebab (equivalent transforms, same order)', lebabSteps.map((step) => ({ label: step.label })), byLabel(lebabResults), names);
  console.log('\n### Package tests (tape; passed assertions / total)\n');
  const cliHead = args.cli ? ' codemorph CLI |' : '';
  console.log(`| package | source lines | original | codemorph |${cliHead} lebab |`);
  console.log(`| --- | ---: | --- | --- |${args.cli ? ' --- |' : ''} --- |`);
  for (const pkg of packages) {
    const lines = sourceFiles(join(cache, pkg.name, 'work-original'), pkg).reduce((sum, file) => sum + readFileSync(file, 'utf8').split('\n').length, 0);
    const ours = codemorph.get(pkg.name);
    const theirs = lebabResults.get(pkg.name);
    const note = (run) => `${showTests(run.tests)}${run.brokenBy ? ` (broken by ${run.brokenBy.step})` : ''}`;
    const cli = cliResults.get(pkg.name);
    const cliCell = args.cli ? ` ${cli.error ?? `${showTests(cli.tests)} (${cli.changed} files changed)`} |` : '';
    console.log(`| ${pkg.name}@${pkg.version} | ${lines} | ${showTests(baseline.get(pkg.name))} | ${note(ours)} |${cliCell} ${note(theirs)} |`);
  }
  for (const pkg of packages) {
    describeBreak('codemorph', pkg.name, codemorph.get(pkg.name).brokenBy);
    describeBreak('lebab', pkg.name, lebabResults.get(pkg.name).brokenBy);
  }
  const failed = packages.some((pkg) => baseline.get(pkg.name).ok && !codemorph.get(pkg.name).tests.ok);
  writeFileSync(
    join(cache, args.esm ? 'report-esm.json' : 'report.json'),
    `${JSON.stringify({ recipe: args.recipe, packages: names, codemorph: Object.fromEntries(codemorph), lebab: Object.fromEntries(lebabResults) }, (key, value) => (key === 'before' || key === 'after' ? undefined : value), 2)}\n`,
  );
  process.exitCode = failed ? 1 : 0;
}

await main();
