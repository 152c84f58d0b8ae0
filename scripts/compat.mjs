#!/usr/bin/env node
// Runs public jscodeshift codemod suites through stock jscodeshift 17 (its own testUtils'
// applyTransform) and through codemorph's jscodeshift engine (the same code path as the CLI:
// processFile with the adapted pass), and prints pass counts and mismatches.
//
//   npm run build && npm run compat            (add --verbose to print mismatching outputs)
//
// Suites: js-codemod and commonjs-to-es-module-codemod are vendored (fixtures, transforms, tests,
// LICENSE) in __testfixtures__/compat/; 5to6-codemod ships its fixtures in the npm tarball and is
// installed into .verify-cache/ on first use.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createJiti } from 'jiti';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const verbose = process.argv.includes('--verbose');
const only = process.argv.find((arg) => arg.startsWith('--suite='))?.slice('--suite='.length);

const stockUtils = require('jscodeshift/src/testUtils.js');
const stockJscodeshift = require('jscodeshift');
const { jscodeshiftPass, findTransform } = await import(join(root, 'dist/src/engines/jscodeshift/index.js'));
const { processFile } = await import(join(root, 'dist/src/runner/process-file.js'));
const jiti = createJiti(import.meta.url, { interopDefault: false, moduleCache: true, fsCache: false });

/** A case: { suite, name, transformPath, module, input, inputPath, expected, options, compare: 'trim' | 'exact' }. */

// ---- case collection --------------------------------------------------------------------------

/** Runs a CommonJS jest test file with a recording testUtils, collecting defineTest/defineInlineTest calls. */
function recordJestFile(testFile, suite) {
  const cases = [];
  // Transforms here may be ESM in .js files (the suite ran them through babel-jest): load through jiti.
  const load = createJiti(testFile, { interopDefault: false, moduleCache: true, fsCache: false });
  let inline = 0;
  const recorder = {
    defineTest(dirName, transformName, options, prefix, testOptions = {}) {
      const transformPath = load.esmResolve(join(dirName, '..', transformName), { try: false }).replace(/^file:\/\//, '');
      const module = load(transformPath);
      const fixtureDir = join(dirName, '..', '__testfixtures__');
      const ext = ['ts', 'tsx'].includes(testOptions.parser ?? module.parser) ? testOptions.parser ?? module.parser : 'js';
      const inputPath = join(fixtureDir, `${prefix || transformName}.input.${ext}`);
      cases.push({
        suite, name: prefix || transformName, transformPath, module, inputPath,
        input: readFileSync(inputPath, 'utf8'),
        expected: readFileSync(join(fixtureDir, `${prefix || transformName}.output.${ext}`), 'utf8'),
        options: options ?? {}, testOptions, compare: 'trim',
      });
    },
    defineInlineTest(module, options, input, expected, testName, testOptions = {}) {
      inline++;
      cases.push({
        suite, name: `${basename(testFile, '.js')} inline #${inline}${testName ? ` (${testName})` : ''}`,
        transformPath: join(dirname(testFile), `${basename(testFile, '.js').replace(/-test$/, '')}.js`), module,
        inputPath: join(dirname(testFile), `inline-${inline}.js`), input, expected,
        options: options ?? {}, testOptions, compare: 'trim',
      });
    },
  };
  const fakeRequire = (id) => (/^jscodeshift\/(dist|src)\/testUtils/.test(id) ? recorder : load(id));
  const body = readFileSync(testFile, 'utf8');
  const run = new Function('require', 'module', 'exports', '__dirname', '__filename', 'describe', 'it', 'test', body);
  const module = { exports: {} };
  run(fakeRequire, module, module.exports, dirname(testFile), testFile, (_name, fn) => fn(), () => {}, () => {});
  return cases;
}

function jsCodemodCases() {
  const dir = join(root, '__testfixtures__/compat/js-codemod/transforms/__tests__');
  return readdirSync(dir).sort().flatMap((file) => recordJestFile(join(dir, file), 'js-codemod'));
}

/** azu's tests (ESM, jest + babel) call defineTest per fixture folder with { silent: true }. */
function commonjsToEsmCases() {
  const base = join(root, '__testfixtures__/compat/commonjs-to-es-module-codemod/transforms');
  const fixtures = join(base, '__testfixtures__');
  const cases = [];
  const add = (transformName, prefix, options) => {
    const transformPath = join(base, `${transformName}.js`);
    const inputPath = join(fixtures, `${prefix}.input.js`);
    cases.push({
      suite: 'commonjs-to-es-module-codemod', name: prefix, transformPath, module: jiti(transformPath), inputPath,
      input: readFileSync(inputPath, 'utf8'), expected: readFileSync(join(fixtures, `${prefix}.output.js`), 'utf8'),
      options, testOptions: {}, compare: 'trim',
    });
  };
  for (const entry of readdirSync(fixtures, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.isDirectory()) {
      for (const file of readdirSync(join(fixtures, entry.name)).sort()) {
        if (file.endsWith('.input.js')) add(entry.name, `${entry.name}/${file.replace(/\.input\.js$/, '')}`, { silent: true });
      }
    } else if (entry.name.endsWith('.input.js')) {
      add(entry.name.replace(/\.input\.js$/, ''), entry.name.replace(/\.input\.js$/, ''), {});
    }
  }
  return cases;
}

/** 5to6's mocha tests compare untrimmed output with `<name>.after.js`; only cjs/hoist has options. */
function fiveToSixCases() {
  const pkg = join(root, '.verify-cache/node_modules/5to6-codemod');
  if (!existsSync(pkg)) {
    console.error('installing 5to6-codemod@1.8.0 into .verify-cache/ ...');
    execFileSync('npm', ['install', '--prefix', join(root, '.verify-cache'), '5to6-codemod@1.8.0', '--no-save', '--no-audit', '--no-fund', '--silent'], { stdio: 'inherit' });
  }
  const fixtures = join(pkg, 'test/fixtures');
  const transforms = readdirSync(join(pkg, 'transforms')).map((file) => file.replace(/\.js$/, ''));
  const cases = [];
  const add = (transformName, beforePath, name) => {
    const transformPath = join(pkg, 'transforms', `${transformName}.js`);
    cases.push({
      suite: '5to6-codemod', name, transformPath, module: require(transformPath), inputPath: beforePath,
      input: readFileSync(beforePath, 'utf8'), expected: readFileSync(beforePath.replace(/\.before\.js$/, '.after.js'), 'utf8'),
      options: name === 'cjs/hoist' ? { hoist: true } : undefined, testOptions: {}, compare: 'exact',
    });
  };
  for (const entry of readdirSync(fixtures, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      for (const file of readdirSync(join(fixtures, entry.name))) {
        if (file.endsWith('.before.js')) add(entry.name, join(fixtures, entry.name, file), `${entry.name}/${file.replace(/\.before\.js$/, '')}`);
      }
    } else if (entry.name.endsWith('.before.js')) {
      const name = entry.name.replace(/\.before\.js$/, '');
      const transformName = transforms.find((t) => name === t || name.startsWith(`${t}-`));
      if (transformName) add(transformName, join(fixtures, entry.name), name);
    }
  }
  return cases.sort((a, b) => a.name.localeCompare(b.name));
}

// ---- running ----------------------------------------------------------------------------------

async function stockRun(testCase) {
  try {
    if (testCase.compare === 'exact') {
      // As 5to6's own tests: call the transform with jscodeshift (default parser), compare untrimmed.
      const transform = testCase.module.default ?? testCase.module;
      const out = await transform({ path: testCase.inputPath, source: testCase.input }, { jscodeshift: stockJscodeshift, j: stockJscodeshift, stats() {}, report() {} }, testCase.options);
      return { output: out ?? '' };
    }
    const out = await stockUtils.applyTransform(testCase.module, testCase.options, { path: testCase.inputPath, source: testCase.input }, testCase.testOptions);
    return { output: out };
  } catch (error) {
    return { error: String(error?.message ?? error).split('\n')[0] };
  }
}

async function codemorphRun(testCase) {
  const found = findTransform(testCase.module);
  if (!found) return { error: 'not detected as a jscodeshift transform' };
  const pass = jscodeshiftPass(found, testCase.transformPath);
  const options = { ...(testCase.options ?? {}), ...(testCase.testOptions.parser ? { parser: testCase.testOptions.parser } : {}) };
  const result = await processFile(
    { path: testCase.inputPath, relativePath: basename(testCase.inputPath), text: testCase.input },
    [{ pass, options }],
    { verbose: true },
  );
  if (result.status === 'failed') return { error: result.error.message };
  if (result.status === 'skipped') return { error: `skipped: ${result.reason}` };
  return { output: result.status === 'changed' ? result.after : testCase.input, changed: result.status === 'changed' };
}

function passes(testCase, run) {
  if (run.error !== undefined) return false;
  if (testCase.compare === 'exact') return run.output === testCase.expected || (run.changed === false && testCase.expected === testCase.input);
  // jscodeshift's helper trims both sides; an empty expectation means "the transform returned nothing".
  if (testCase.expected.trim() === '' && run.changed === false) return true;
  return run.output.trim() === testCase.expected.trim();
}

const suites = [
  ['js-codemod', jsCodemodCases],
  ['commonjs-to-es-module-codemod', commonjsToEsmCases],
  ['5to6-codemod', fiveToSixCases],
].filter(([name]) => !only || name === only);

const rows = [];
const mismatches = [];
for (const [name, collect] of suites) {
  const cases = collect();
  let stockPass = 0;
  let codemorphPass = 0;
  let identical = 0;
  for (const testCase of cases) {
    const stock = await stockRun(testCase);
    const ours = await codemorphRun(testCase);
    const stockOk = passes(testCase, { ...stock, changed: stock.output !== '' && stock.output !== undefined });
    const oursOk = passes(testCase, ours);
    if (stockOk) stockPass++;
    if (oursOk) codemorphPass++;
    // Byte-for-byte: codemorph's file text equals what stock jscodeshift would write (or the input when it skips).
    const stockText = stock.error === undefined ? (stock.output === '' ? testCase.input : stock.output) : undefined;
    if (stockText !== undefined && ours.output !== undefined && (testCase.compare === 'exact' ? ours.output === stockText : ours.output.trim() === stockText.trim())) identical++;
    if (stockOk && !oursOk) mismatches.push({ testCase, stock, ours });
    if (!stockOk && verbose) console.log(`stock fails ${name} ${testCase.name}: ${stock.error ?? 'output differs'}`);
  }
  rows.push({ suite: name, cases: cases.length, stock: stockPass, codemorph: codemorphPass, sameAsStock: identical });
}

const pad = (value, width) => String(value).padEnd(width);
console.log(`${pad('suite', 32)}${pad('cases', 7)}${pad('stock', 7)}${pad('codemorph', 11)}same output as stock`);
for (const row of rows) console.log(`${pad(row.suite, 32)}${pad(row.cases, 7)}${pad(row.stock, 7)}${pad(row.codemorph, 11)}${row.sameAsStock}`);
if (mismatches.length > 0) {
  console.log('\nstock jscodeshift passes, codemorph does not:');
  for (const { testCase, ours } of mismatches) {
    console.log(`  ${testCase.suite} ${testCase.name}: ${ours.error ?? 'output differs'}`);
    if (verbose && ours.output !== undefined) console.log(`--- expected\n${testCase.expected}\n--- codemorph\n${ours.output}`);
  }
}
process.exitCode = mismatches.length > 0 ? 1 : 0;
