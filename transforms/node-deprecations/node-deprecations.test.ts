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
