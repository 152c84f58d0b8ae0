import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { applyPass, defineFixtureTests } from '../../src/testing/index.js';
import { pass } from './node-deprecations.js';

defineFixtureTests(pass, { dir: fileURLToPath(new URL('../../__testfixtures__', import.meta.url)) });

describe('node-deprecations warnings', () => {
  it('warns on Buffer() with an argument of unknown type and leaves it', async () => {
    const result = await applyPass(pass, 'function f(x) {\n  return new Buffer(x);\n}\n', { path: 'a.js' });
    expect(result.status).toBe('unchanged');
    expect(result.warnings).toEqual([expect.objectContaining({ line: 2, message: expect.stringContaining('DEP0005') })]);
  });

  it('warns on crypto.createCipher (DEP0106) without rewriting it', async () => {
    const result = await applyPass(pass, "const c = require('node:crypto');\nc.createCipher('aes192', 'pw');\n", { path: 'a.js' });
    expect(result.status).toBe('unchanged');
    expect(result.warnings.map((w) => w.message.slice(0, 48))).toEqual(['crypto.createCipher is deprecated (DEP0106): use']);
  });

  it('warns when the argument would be evaluated twice', async () => {
    const result = await applyPass(pass, "const util = require('util');\nutil.isObject(f());\n", { path: 'a.js' });
    expect(result.status).toBe('unchanged');
    expect(result.warnings[0]?.message).toMatch(/evaluated twice/);
  });

  it('rejects an unknown DEP code', async () => {
    await expect(applyPass(pass, 'x', { path: 'a.js', options: { codes: ['DEP9999'] } })).rejects.toThrow(/DEP9999|one of/);
  });
});

describe('node-deprecations util.is* replacements behave like the originals', () => {
  const samples: unknown[] = [
    undefined, null, true, false, 0, 1.5, NaN, '', 'text', Symbol('s'), 10n, [], [1], {}, Object.create(null),
    () => 0, function named() {}, class {}, new Date(0), /re/g, new Error('e'), Buffer.from('b'), new Map(), new String('boxed'),
  ];
  const predicates = ['isArray', 'isBoolean', 'isBuffer', 'isDate', 'isFunction', 'isNull', 'isNullOrUndefined', 'isNumber', 'isObject', 'isPrimitive', 'isRegExp', 'isString', 'isSymbol', 'isUndefined'];
  const nodeUtil = createRequire(import.meta.url)('node:util') as Record<string, unknown>;
  for (const name of predicates) {
    it(`util.${name}`, async (context) => {
      const original = nodeUtil[name];
      if (typeof original !== 'function') context.skip(); // removed from newer Node versions
      const source = `const util = require('util');\nfunction check(value) {\n  return util.${name}(value);\n}\n`;
      const result = await applyPass(pass, source, { path: 'check.js' });
      expect(result.status).toBe('changed');
      const after = result.status === 'changed' ? result.after : source;
      const body = after.replace("const util = require('util');", '');
      const rewritten = new Function('util', `${body}\nreturn check;`)(nodeUtil) as (value: unknown) => boolean;
      for (const [index, value] of samples.entries()) {
        expect(rewritten(value), `${name}(samples[${index}])`).toBe((original as (value: unknown) => boolean)(value));
      }
    });
  }
});
