import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { applyPass, defineFixtureTests } from '../../src/testing/index.js';
import { pass } from './commonjs-to-esm.js';

defineFixtureTests(pass, { dir: fileURLToPath(new URL('../../__testfixtures__', import.meta.url)) });

describe('commonjs-to-esm warnings', () => {
  it('says why a file with a conditional module.exports is left alone', async () => {
    const result = await applyPass(pass, "if (a) {\n  module.exports = 1;\n}\n", { path: 'x.js' });
    expect(result.status).toBe('unchanged');
    expect(result.warnings.map((w) => w.message)).toEqual([
      'file left as CommonJS: module.exports is assigned inside an expression or a nested block',
    ]);
  });

  it('warns on a require it keeps and adds the createRequire prelude', async () => {
    const result = await applyPass(pass, "'use strict';\nfunction f(n) {\n  return require(n);\n}\nexports.f = f;\n", { path: 'x.js' });
    expect(result.status).toBe('changed');
    expect(result.status === 'changed' && result.after).toContain("const require = createRequire(import.meta.url);");
    expect(result.warnings).toEqual([expect.objectContaining({ passId: 'commonjs-to-esm', line: 3 })]);
  });

  it('warns that an import now runs before earlier side effects', async () => {
    const result = await applyPass(pass, "'use strict';\nprocess.env.MODE = 'test';\nvar config = require('./config');\nmodule.exports = config;\n", { path: 'x.js' });
    expect(result.warnings.map((w) => w.message)).toContain(
      'an import now runs before earlier top-level code (imports are hoisted); check load order',
    );
  });

  it('names a shadowed require', async () => {
    const result = await applyPass(pass, "function f(require) { return require('x'); }\nmodule.exports = f;\n", { path: 'x.js' });
    expect(result.status).toBe('unchanged');
    expect(result.warnings[0]?.message).toMatch(/`require` is declared/);
  });
});

describe('commonjs-to-esm output runs like the CommonJS it came from', () => {
  // A small module graph in the styles the pass rewrites; run under Node before and after.
  const files: Record<string, string> = {
    'utils.js': "'use strict';\nexports.add = function (a, b) {\n  return a + b;\n};\nexports.VERSION = '1.2.0';\n",
    'data.json': '{ "greeting": "hi" }\n',
    'greeter.js':
      "'use strict';\nvar data = require('./data.json');\nfunction Greeter(name) {\n  this.name = name;\n}\n" +
      "Greeter.prototype.greet = function () {\n  return data.greeting + ' ' + this.name;\n};\nmodule.exports = Greeter;\n",
    'index.js':
      "'use strict';\nvar utils = require('./utils');\nvar { add } = require('./utils');\nvar path = require('path');\n" +
      "var Greeter = require('./greeter');\nvar debug = require('./utils').VERSION;\n" +
      "function lazy() {\n  return require('./utils').add(2, 2);\n}\n" +
      "module.exports = function run(x) {\n  return [utils.add(x, 1), add(x, x), path.basename(__filename), path.basename(__dirname).length > 0,\n" +
      "    new Greeter('ada').greet(), debug, lazy()].join('|');\n};\n",
  };

  it('gives the same result when the converted modules are imported as ES modules', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cjs-to-esm-'));
    try {
      for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
      const run = (args: string[]): string => execFileSync(process.execPath, args, { cwd: dir, encoding: 'utf8' }).trim();
      const before = run(['-e', "console.log(require('./index.js')(3))"]);
      for (const name of Object.keys(files).filter((file) => file.endsWith('.js'))) {
        const result = await applyPass(pass, files[name]!, { path: join(dir, name), options: { addExtensions: true } });
        expect(result.status, name).toBe('changed');
        if (result.status === 'changed') writeFileSync(join(dir, name), result.after);
      }
      writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
      const after = run(['--input-type=module', '-e', "import run from './index.js'; console.log(run(3))"]);
      expect(before).toBe('4|6|index.js|true|hi ada|1.2.0|4');
      expect(after).toBe(before);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('commonjs-to-esm commonjsRuntime=auto (js-to-ts)', () => {
  it('keeps require() and __dirname in TypeScript that compiles back to CommonJS, and adds the preludes under "type": "module"', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cm-cjs-runtime-'));
    try {
      const source = "const fs = require('fs');\nfunction load(n) {\n  return require(n);\n}\nexports.read = () => fs.readFileSync(__dirname + '/x');\nexports.load = load;\n";
      writeFileSync(join(dir, 'package.json'), '{ "name": "cjs" }');
      const commonjs = await applyPass(pass, source, { path: join(dir, 'x.ts'), options: { commonjsRuntime: 'auto' } });
      const after = commonjs.status === 'changed' ? commonjs.after : '';
      expect(after).toContain("import fs from 'fs';");
      expect(after).toContain('return require(n);');
      expect(after).toContain("__dirname + '/x'");
      expect(after).not.toContain('import.meta');
      writeFileSync(join(dir, 'package.json'), '{ "name": "esm", "type": "module" }');
      const esm = await applyPass(pass, source, { path: join(dir, 'x.ts'), options: { commonjsRuntime: 'auto' } });
      expect(esm.status === 'changed' && esm.after).toContain('const require = createRequire(import.meta.url);');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('writes module.exports = value as export = where tsc emits CommonJS, so require() still returns the value', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cm-cjs-export-'));
    try {
      writeFileSync(join(dir, 'package.json'), '{ "name": "cjs" }');
      const convert = async (source: string, name = 'x.ts'): Promise<string> => {
        const result = await applyPass(pass, source, { path: join(dir, name), options: { commonjsRuntime: 'auto' } });
        return result.status === 'changed' ? result.after : '';
      };
      expect(await convert("const fs = require('fs');\nmodule.exports = function parse(args) {\n  return fs.existsSync(args);\n};\n")).toBe(
        "import fs from 'fs';\nexport = function parse(args) {\n  return fs.existsSync(args);\n};\n",
      );
      expect(await convert('class Stack {}\nmodule.exports = Stack;\n')).toBe('class Stack {}\nexport = Stack;\n');
      // Replaced and then extended: the value carries the extra members, as before.
      expect(await convert('function run() {}\nmodule.exports = run;\nmodule.exports.sync = run;\n')).toBe('function run() {}\nexport = run;\nrun.sync = run;\n');
      // Named exports keep their shape under require(): no export = for them.
      expect(await convert('function a() {}\nmodule.exports = { a };\n')).toContain('export { a };');
      // JavaScript has no export =, and an ES module package's files are ES modules.
      expect(await convert('module.exports = function () {};\n', 'x.js')).toContain('export default function');
      writeFileSync(join(dir, 'package.json'), '{ "name": "esm", "type": "module" }');
      expect(await convert('module.exports = function () {};\n')).toContain('export default function');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
