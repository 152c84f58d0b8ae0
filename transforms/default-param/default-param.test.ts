import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { applyPass, defineFixtureTests } from '../../src/testing/index.js';
import { pass } from './default-param.js';

const fixtures = fileURLToPath(new URL('../../__testfixtures__', import.meta.url));
defineFixtureTests(pass, { dir: fixtures });

describe('default-param refusals', () => {
  const dir = join(fixtures, pass.id);
  for (const file of readdirSync(dir).filter((name) => name.startsWith('refuse-') && name.includes('.input.'))) {
    it(`${file} warns why it was left alone`, async () => {
      const result = await applyPass(pass, readFileSync(join(dir, file), 'utf8'), { path: join(dir, file) });
      expect(result.status).toBe('unchanged');
      expect(result.warnings.length).toBeGreaterThan(0);
    });
  }

  it('explains why `a || v` is refused', async () => {
    const result = await applyPass(pass, 'function f(a) {\n  a = a || 1;\n}\n', { path: 'a.js' });
    expect(result.warnings).toEqual([
      {
        passId: 'default-param',
        message: "default left alone: `x = x || value` also replaces 0, '', false and null; a default replaces only undefined",
        line: 2,
        column: 3,
      },
    ]);
  });
});
