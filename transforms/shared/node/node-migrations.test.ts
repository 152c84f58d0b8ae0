import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, tempProject } from '../../../test/cli-helpers.js';
import type { FilePass } from '../../../src/core/pass.js';
import { applyPass, defineFixtureTests } from '../../../src/testing/index.js';
import { resolveOptions } from '../../../src/core/options.js';
import { builtinPasses, builtinRecipes } from '../../index.js';
import { pass as nodeFs } from '../../node-fs/node-fs.js';
import { pass as nodeUtil } from '../../node-util/node-util.js';
import { DEPRECATED_SINCE } from './deprecations.js';

const recipe = builtinRecipes.find((candidate) => candidate.name === 'node-migrations')!;

// One test file for the fixtures of every syntax-only node-* pass: each file of its own would load
// ts-morph again, which costs more than all these cases together (node-types has its own file).
const fixtures = fileURLToPath(new URL('../../../__testfixtures__', import.meta.url));
for (const pass of builtinPasses) {
  if (pass.id.startsWith('node-') && pass.id !== 'node-deprecations' && pass.id !== 'node-types') defineFixtureTests(pass as FilePass, { dir: fixtures });
}

describe('node-migrations recipe', () => {
  it('lists node-* passes only, each with codes the DEP table dates', () => {
    const passes = recipe.steps.map((step) => builtinPasses.find((pass) => pass.id === step));
    expect(passes.every((pass) => pass?.id.startsWith('node-'))).toBe(true);
    const undated = passes.flatMap((pass) => ((pass?.options?.codes?.default ?? []) as string[]).filter((code) => !(code in DEPRECATED_SINCE)));
    expect(undated).toEqual([]);
  });

  it('every recipe step option is one its pass accepts', () => {
    const withOptions = builtinRecipes.flatMap((candidate) => candidate.steps).filter((step) => typeof step !== 'string' && step.options);
    expect(withOptions.length).toBeGreaterThan(0);
    for (const step of withOptions) {
      const { id, options } = step as { id: string; options: Record<string, unknown> };
      const pass = builtinPasses.find((candidate) => candidate.id === id)!;
      expect(() => resolveOptions(id, pass.options, options)).not.toThrow();
    }
  });

  const dir = tempProject({
    'src/legacy.js': [
      "const util = require('util');",
      "const fs = require('fs');",
      'if (util.isArray(list)) fs.rmdirSync(dir, { recursive: true });',
      'module.exports = new Buffer(input);',
      '',
    ].join('\n'),
    'src/modern.mjs': "import data from './data.json' assert { type: 'json' };\nimport { isString } from 'node:util';\nexport const ok = isString(data.name);\n",
    'src/untouched.js': "const util = require('./util');\nutil.isArray([]);\n",
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('runs through the CLI with a target, writes, and groups what it left', () => {
    const run = cli(dir, ['run', 'node-migrations', 'src', '--write', '-o', 'target=14', '--no-color']);
    expect(run.code, run.stderr).toBe(0);
    expect(readFileSync(join(dir, 'src/legacy.js'), 'utf8')).toBe(
      "const fs = require('fs');\nif (Array.isArray(list)) fs.rmSync(dir, { recursive: true, force: true });\nmodule.exports = new Buffer(input);\n",
    );
    // target 14: import assertions (a Node 21/22 change) stay; util.isString (Node 4) goes, and its import with it.
    expect(readFileSync(join(dir, 'src/modern.mjs'), 'utf8')).toBe("import data from './data.json' assert { type: 'json' };\nexport const ok = typeof data.name === 'string';\n");
    expect(readFileSync(join(dir, 'src/untouched.js'), 'utf8')).toBe("const util = require('./util');\nutil.isArray([]);\n");
    expect(run.stderr).toMatch(/node-buffer: Buffer\(\) is deprecated \(DEP0005\)[^\n]*×1/);
  });
});

describe('node-* passes in process', () => {
  it('codes: any known code is accepted by every pass, each handles its own; an unknown one is a usage error', async () => {
    const text = "const util = require('util');\nutil.isArray(a);\nutil._extend(a, b);\n";
    const result = await applyPass(nodeUtil, text, { path: 'a.js', options: { codes: ['DEP0005', 'DEP0060'] } });
    expect(result.status === 'changed' && result.after).toBe("const util = require('util');\nutil.isArray(a);\nObject.assign(a, b);\n");
    await expect(applyPass(nodeUtil, text, { path: 'a.js', options: { codes: ['DEP9999'] } })).rejects.toThrow(/DEP9999/);
  });

  it('target below a deprecation leaves it alone', async () => {
    const text = "const fs = require('fs');\nfs.rmdirSync(d, { recursive: true });\n";
    expect((await applyPass(nodeFs, text, { path: 'a.js', options: { target: 12 } })).status).toBe('unchanged');
    expect((await applyPass(nodeFs, text, { path: 'a.js', options: { target: 14 } })).status).toBe('changed');
  });

  it('keeps the names the rewrite still needs in a destructuring', async () => {
    const result = await applyPass(nodeUtil, "const { isArray, inspect } = require('util');\nisArray(a) && inspect(a);\n", { path: 'a.js' });
    expect(result.status === 'changed' && result.after).toBe("const { inspect } = require('util');\nArray.isArray(a) && inspect(a);\n");
  });

  it('nested deprecated calls: a callee-only rewrite reaches its arguments; a whole-call rewrite leaves the inner one to the next run', async () => {
    const callee = await applyPass(nodeUtil, "const util = require('util');\nutil._extend(a, util._extend(b, c));\n", { path: 'a.js' });
    expect(callee.status === 'changed' && callee.after).toBe('Object.assign(a, Object.assign(b, c));\n');
    const whole = await applyPass(nodeUtil, "const util = require('util');\nutil.puts(util.isArray(a));\n", { path: 'a.js' });
    expect(whole.status === 'changed' && whole.after).toBe("const util = require('util');\nconsole.log(String(util.isArray(a)));\n");
  });

  it('keeps an exported binding even when the file no longer uses it', async () => {
    const result = await applyPass(nodeUtil, "export const util = require('util');\nutil.isArray(a);\n", { path: 'a.ts' });
    expect(result.status === 'changed' && result.after).toBe("export const util = require('util');\nArray.isArray(a);\n");
  });

  it('keeps a binding the file still uses for something else', async () => {
    const result = await applyPass(nodeUtil, "import util from 'node:util';\nutil.isArray(a);\nutil.inspect(a);\n", { path: 'a.mjs' });
    expect(result.status === 'changed' && result.after).toBe("import util from 'node:util';\nArray.isArray(a);\nutil.inspect(a);\n");
  });
});
