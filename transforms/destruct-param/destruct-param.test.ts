import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { applyPass, defineFixtureTests } from '../../src/testing/index.js';
import { pass } from './destruct-param.js';

const fixtures = fileURLToPath(new URL('../../__testfixtures__', import.meta.url));
defineFixtureTests(pass, { dir: fixtures });

describe('destruct-param refusals', () => {
  const dir = join(fixtures, pass.id);
  for (const file of readdirSync(dir).filter((name) => name.startsWith('refuse-') && name.includes('.input.'))) {
    it(`${file} warns why it was left alone`, async () => {
      const result = await applyPass(pass, readFileSync(join(dir, file), 'utf8'), { path: join(dir, file) });
      expect(result.status).toBe('unchanged');
      expect(result.warnings.length).toBeGreaterThan(0);
    });
  }

  it('explains why an optional parameter is refused', async () => {
    const result = await applyPass(pass, 'function f(o?: { a: number }) {\n  const a = o.a;\n}\n', { path: 'a.ts' });
    expect(result.warnings.map((w) => w.message)).toEqual([
      'parameter `o` left alone: it is optional: destructuring undefined throws, and no `= {}` is added silently',
    ]);
  });
});
