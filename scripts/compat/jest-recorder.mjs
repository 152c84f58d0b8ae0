// Reads a codemod suite's jest test file without jest: runs it with a recording stand-in for
// jscodeshift's testUtils (defineTest/defineInlineTest) and just enough of jest (describe,
// beforeEach, jest.mock with a factory, require.requireActual) to know which transform, options
// and parser each case uses.
import { readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { createJiti } from 'jiti';

/**
 * @param {string} testFile
 * @param {string} suite
 * @param {{ fixtureExtension?: (parser: string | undefined) => string }} [settings]
 *   jscodeshift ≥ 0.12 names fixtures by parser (.ts/.tsx); older suites always use .js.
 */
export function recordJestFile(testFile, suite, settings = {}) {
  const fixtureExtension = settings.fixtureExtension ?? ((parser) => (['ts', 'tsx'].includes(parser) ? parser : 'js'));
  const cases = [];
  // Transforms here may be ESM in .js files (the suite ran them through babel-jest): load through jiti.
  const load = createJiti(testFile, { interopDefault: false, moduleCache: true, fsCache: false });
  const resolveFrom = (id) => load.esmResolve(id.startsWith('.') ? resolve(dirname(testFile), id) : id, { try: false }).replace(/^file:\/\//, '');
  let mocks = new Map();
  const scopes = [[]];
  /** The module as the test would see it: jest.mock factories registered now (top level or beforeEach) win. */
  const moduleFor = (path) => {
    const saved = mocks;
    mocks = new Map(mocks);
    for (const hooks of scopes) for (const hook of hooks) hook();
    const factory = mocks.get(path);
    mocks = saved;
    const actual = load(path);
    if (!factory) return { module: actual };
    // Factories here are Object.assign(requireActual(...), { parser }): they mutate the shared
    // module object. Keep what it was, hand the case a copy with the mocked parser.
    const had = Object.prototype.hasOwnProperty.call(actual, 'parser');
    const before = actual.parser;
    const mocked = factory();
    const mockedParser = mocked?.parser;
    if (had) actual.parser = before;
    else delete actual.parser;
    const copy = typeof actual === 'function' ? Object.assign((...args) => actual(...args), actual) : { ...actual };
    if (actual.default !== undefined) copy.default = actual.default;
    copy.parser = mockedParser;
    return { module: copy, mockedParser: mockedParser !== before ? mockedParser : undefined };
  };
  let inline = 0;
  const recorder = {
    defineTest(dirName, transformName, options, prefix, testOptions = {}) {
      const transformPath = load.esmResolve(join(dirName, '..', transformName), { try: false }).replace(/^file:\/\//, '');
      const { module, mockedParser } = moduleFor(transformPath);
      const fixtureDir = join(dirName, '..', '__testfixtures__');
      const parser = testOptions.parser ?? module.parser ?? module.default?.parser;
      const ext = fixtureExtension(parser);
      const inputPath = join(fixtureDir, `${prefix || transformName}.input.${ext}`);
      cases.push({
        suite, name: prefix || transformName, transformPath, module, mockedParser, inputPath,
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
  const fakeRequire = (id) => (/^jscodeshift\/(dist|src)\/testUtils/.test(id) ? recorder : load(id.startsWith('.') ? resolveFrom(id) : id));
  fakeRequire.requireActual = (id) => load(resolveFrom(id));
  const jest = {
    mock(id, factory) {
      if (factory) mocks.set(resolveFrom(id), factory);
    },
    resetModules() {},
  };
  const describe = (_name, fn) => {
    scopes.push([]);
    try {
      fn();
    } finally {
      scopes.pop();
    }
  };
  const beforeEach = (fn) => scopes.at(-1).push(fn);
  const noop = () => {};
  const body = readFileSync(testFile, 'utf8');
  const run = new Function('require', 'module', 'exports', '__dirname', '__filename', 'describe', 'it', 'test', 'jest', 'beforeEach', 'afterEach', body);
  const module = { exports: {} };
  // Top-level jest.mock calls are hoisted by jest: they apply to every case of the file.
  run(fakeRequire, module, module.exports, dirname(testFile), testFile, describe, noop, noop, jest, beforeEach, noop);
  return cases;
}
