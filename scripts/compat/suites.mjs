// The codemod suites `npm run compat` runs: each a function returning cases
// { suite, name, transformPath, module, mockedParser?, input, inputPath, expected, options, testOptions, compare }.
//
// js-codemod and commonjs-to-es-module-codemod are vendored (fixtures, transforms, tests,
// LICENSE) in __testfixtures__/compat/; 5to6-codemod, react-codemod and the ember codemods ship
// their fixtures in their npm packages and are installed into .verify-cache/ on first use
// (nothing vendored).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { createJiti } from 'jiti';
import { recordJestFile } from './jest-recorder.mjs';

const require = createRequire(import.meta.url);
const jiti = createJiti(import.meta.url, { interopDefault: false, moduleCache: true, fsCache: false });

/** Unpacks an npm tarball (no dependencies installed) into .verify-cache/<dir>/package. */
export function unpacked(root, spec, dir) {
  const target = join(root, '.verify-cache', dir);
  if (!existsSync(join(target, 'package'))) {
    console.error(`unpacking ${spec} into .verify-cache/${dir} ...`);
    mkdirSync(target, { recursive: true });
    const file = execFileSync('npm', ['pack', spec, '--silent', '--pack-destination', target], { encoding: 'utf8' }).trim().split('\n').at(-1);
    execFileSync('tar', ['xzf', join(target, file), '-C', target]);
  }
  return join(target, 'package');
}

export function jsCodemodCases(root) {
  const dir = join(root, '__testfixtures__/compat/js-codemod/transforms/__tests__');
  return readdirSync(dir).sort().flatMap((file) => recordJestFile(join(dir, file), 'js-codemod'));
}

/** azu's tests (ESM, jest + babel) call defineTest per fixture folder with { silent: true }. */
export function commonjsToEsmCases(root) {
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
/** Installs an npm package with its dependencies into .verify-cache/<prefix>; returns its folder. */
function installed(root, name, version, prefix = '') {
  const pkg = join(root, '.verify-cache', prefix, 'node_modules', name);
  if (!existsSync(pkg)) {
    console.error(`installing ${name}@${version} into .verify-cache/${prefix} ...`);
    execFileSync('npm', ['install', '--prefix', join(root, '.verify-cache', prefix), `${name}@${version}`, '--no-save', '--no-audit', '--no-fund', '--silent', '--ignore-scripts'], { stdio: 'inherit' });
  }
  return pkg;
}

export function fiveToSixCases(root) {
  const pkg = installed(root, '5to6-codemod', '1.8.0');
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

/**
 * react-codemod 5.4.4 (BSD-3-Clause; its npm tarball has the jest tests and fixtures): Babel-era
 * transforms (`export default` next to `require()` in a CommonJS package), flow and tsx
 * fixtures, parsers set per describe block through jest.mock. jscodeshift 0.11's testUtils named
 * every fixture `.js`. sort-comp needs eslint (not installed): it fails on both sides.
 */
export function reactCodemodCases(root) {
  const pkg = unpacked(root, 'react-codemod@5.4.4', 'react-codemod');
  const dir = join(pkg, 'transforms/__tests__');
  return readdirSync(dir).filter((file) => file.endsWith('.js')).sort().flatMap((file) => {
    try {
      return recordJestFile(join(dir, file), 'react-codemod', { fixtureExtension: () => 'js' });
    } catch (error) {
      console.error(`react-codemod ${file}: cannot read its cases: ${String(error?.message ?? error).split('\n')[0]}`);
      return [];
    }
  });
}

/**
 * A codemod-cli package (ember-codemods): per transform, every `<case>.input.<ext>` under `__testfixtures__`
 * is two cases as codemod-cli's runTransformTest runs them — the input gives the output, and the
 * output stays as it is (idempotence) — with `<case>.options.json` in CODEMOD_CLI_ARGS and the
 * file path `<case>.<ext>`. Installed with its dependencies (codemod-cli, its own jscodeshift).
 */
export function codemodCliCases(root, name, version) {
  const pkg = installed(root, name, version, name);
  const cases = [];
  const transforms = join(pkg, 'transforms');
  for (const transform of readdirSync(transforms, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort()) {
    const fixtureDir = join(transforms, transform, '__testfixtures__');
    if (!existsSync(fixtureDir)) continue;
    const transformPath = join(transforms, transform, 'index.js');
    const module = require(transformPath);
    const walk = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)]));
    for (const inputPath of walk(fixtureDir).filter((file) => /\.input\.[^.]+$/.test(file)).sort()) {
      const extension = inputPath.slice(inputPath.lastIndexOf('.'));
      const base = inputPath.slice(0, -`.input${extension}`.length);
      const optionsPath = `${base}.options.json`;
      const env = { CODEMOD_CLI_ARGS: existsSync(optionsPath) ? readFileSync(optionsPath, 'utf8') : '{}' };
      const output = readFileSync(`${base}.output${extension}`, 'utf8');
      const common = { suite: name, transformPath, module, inputPath: `${base}${extension}`, expected: output, options: {}, testOptions: {}, compare: 'trim', env };
      const label = `${transform}/${base.slice(fixtureDir.length + 1)}`;
      cases.push({ ...common, name: label, input: readFileSync(inputPath, 'utf8') });
      cases.push({ ...common, name: `${label} (idempotent)`, input: output });
    }
  }
  return cases;
}
