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
