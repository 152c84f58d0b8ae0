#!/usr/bin/env node
// Runs public jscodeshift codemod suites three ways, side by side, in one run:
//   stock        — jscodeshift 17 as resolved today (its own testUtils' applyTransform);
//   stock+flow   — the same, with a flow-parser its AST libraries understand (scripts/compat/flow.mjs)
//                  for the cases that parse with flow;
//   codemorph    — codemorph's engine on the CLI's code path: the transform loaded by codemorph's
//                  loader (Babel-era loading, one shared jscodeshift), run by processFile.
// A case passes as in jscodeshift's test helpers: output (or '' when the transform skipped) and
// expectation compared trimmed (5to6: untrimmed). Lists every case that either stock
// configuration passes and codemorph does not; exits 1 if there is one.
//
//   npm run build && npm run compat            (--verbose prints mismatching outputs; --suite=NAME;
//                                               --cli runs codemorph's column through bin/codemorph.cjs)
import { createRequire } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { codemorphCliRun } from './compat/cli-run.mjs';
import { COMPATIBLE_FLOW_PARSER, compatibleFlowParser } from './compat/flow.mjs';
import { codemodCliCases, commonjsToEsmCases, fiveToSixCases, jsCodemodCases, reactCodemodCases } from './compat/suites.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const verbose = process.argv.includes('--verbose');
// --cli: codemorph's column through `codemorph run <transform> <file> --json` (slower; inline cases stay in-process).
const throughCli = process.argv.includes('--cli');
const only = process.argv.find((arg) => arg.startsWith('--suite='))?.slice('--suite='.length);

const stockUtils = require('jscodeshift/src/testUtils.js');
const stockJscodeshift = require('jscodeshift');
const { jscodeshiftPass, findTransform } = await import(join(root, 'dist/src/engines/jscodeshift/index.js'));
const { processFile } = await import(join(root, 'dist/src/runner/process-file.js'));
const { loadModule } = await import(join(root, 'dist/src/workspace/load-module.js'));
const flowParser = compatibleFlowParser(root)();

// Transforms talk (console.log of what they skipped): quiet unless --verbose; the report uses print().
const print = (text) => process.stdout.write(`${text}\n`);
if (!verbose) console.log = console.warn = console.error = () => {};

const parserOf = (testCase) => testCase.testOptions.parser ?? testCase.module.parser ?? testCase.module.default?.parser;

async function stockRun(testCase, parser) {
  try {
    if (testCase.compare === 'exact') {
      // As 5to6's own tests: call the transform with jscodeshift (default parser), compare untrimmed.
      const transform = testCase.module.default ?? testCase.module;
      const out = await transform({ path: testCase.inputPath, source: testCase.input }, { jscodeshift: stockJscodeshift, j: stockJscodeshift, stats() {}, report() {} }, testCase.options);
      return { output: out || '' };
    }
    const testOptions = parser ? { ...testCase.testOptions, parser } : testCase.testOptions;
    const out = await stockUtils.applyTransform(testCase.module, testCase.options, { path: testCase.inputPath, source: testCase.input }, testOptions);
    return { output: out };
  } catch (error) {
    return { error: String(error?.message ?? error).split('\n')[0] };
  }
}

async function codemorphTransform(testCase) {
  // Inline tests hand the module over; file tests name the transform, which codemorph loads itself.
  const module = testCase.name.includes(' inline #') ? testCase.module : await loadModule(testCase.transformPath);
  const found = findTransform(module);
  return found && testCase.mockedParser ? { ...found, parser: testCase.mockedParser } : found;
}

async function codemorphRun(testCase) {
  let found;
  try {
    found = await codemorphTransform(testCase);
  } catch (error) {
    return { error: String(error?.message ?? error).split('\n')[0] };
  }
  if (!found) return { error: 'not detected as a jscodeshift transform' };
  const pass = jscodeshiftPass(found, testCase.transformPath);
  const options = { ...(testCase.options ?? {}), ...(testCase.testOptions.parser ? { parser: testCase.testOptions.parser } : {}) };
  const result = await processFile(
    { path: testCase.inputPath, relativePath: basename(testCase.inputPath), text: testCase.input },
    [{ pass, options }],
    { verbose: true },
  );
  if (result.status === 'failed') return { error: result.error.message };
  // Declined (the transform returned nothing): jscodeshift's helpers see ''.
  if (result.status === 'skipped') return result.passes ? { output: '' } : { error: `skipped: ${result.reason}` };
  return { output: result.status === 'changed' ? result.after : testCase.input };
}

function passes(testCase, run) {
  if (run.error !== undefined) return false;
  if (testCase.compare === 'exact') return run.output === testCase.expected || (run.output === testCase.input && testCase.expected === testCase.input);
  return run.output.trim() === testCase.expected.trim();
}

const suites = [
  ['js-codemod', jsCodemodCases],
  ['commonjs-to-es-module-codemod', commonjsToEsmCases],
  ['5to6-codemod', fiveToSixCases],
  ['react-codemod', reactCodemodCases],
  ['ember-qunit-codemod', (dir) => codemodCliCases(dir, 'ember-qunit-codemod', '1.2.2')],
  ['ember-3x-codemods', (dir) => codemodCliCases(dir, 'ember-3x-codemods', '1.12.8')],
].filter(([name]) => !only || name === only);

const rows = [];
const mismatches = [];
for (const [name, collect] of suites) {
  const cases = collect(root);
  const row = { suite: name, cases: cases.length, stock: 0, stockFlow: 0, codemorph: 0, either: 0 };
  for (const testCase of cases) {
    // codemod-cli passes a case's options through the environment.
    for (const [key, value] of Object.entries(testCase.env ?? {})) process.env[key] = value;
    const stock = await stockRun(testCase);
    const flow = parserOf(testCase) === 'flow' ? await stockRun(testCase, flowParser) : stock;
    const ours = throughCli && !testCase.name.includes(' inline #') ? codemorphCliRun(root, testCase) : await codemorphRun(testCase);
    for (const key of Object.keys(testCase.env ?? {})) delete process.env[key];
    const stockOk = passes(testCase, stock);
    const flowOk = passes(testCase, flow);
    const oursOk = passes(testCase, ours);
    row.stock += stockOk ? 1 : 0;
    row.stockFlow += flowOk ? 1 : 0;
    row.codemorph += oursOk ? 1 : 0;
    row.either += stockOk || flowOk ? 1 : 0;
    if ((stockOk || flowOk) && !oursOk) mismatches.push({ testCase, ours, by: stockOk ? 'stock' : 'stock+flow' });
    if (!stockOk && !flowOk && verbose) print(`both stock configurations fail ${name} ${testCase.name}: ${stock.error ?? 'output differs'}`);
  }
  rows.push(row);
}

const pad = (value, width) => String(value).padEnd(width);
print(`${pad('suite', 32)}${pad('cases', 7)}${pad('stock', 7)}${pad(`stock+flow-parser@${COMPATIBLE_FLOW_PARSER}`, 28)}${pad('either stock', 14)}codemorph`);
for (const row of rows) print(`${pad(row.suite, 32)}${pad(row.cases, 7)}${pad(row.stock, 7)}${pad(row.stockFlow, 28)}${pad(row.either, 14)}${row.codemorph}`);
if (mismatches.length > 0) {
  print('\na stock configuration passes, codemorph does not:');
  for (const { testCase, ours, by } of mismatches) {
    print(`  ${testCase.suite} ${testCase.name} (${by} passes): ${ours.error ?? 'output differs'}`);
    if (verbose && ours.output !== undefined) print(`--- expected\n${testCase.expected}\n--- codemorph\n${ours.output}`);
  }
}
process.exitCode = mismatches.length > 0 ? 1 : 0;
