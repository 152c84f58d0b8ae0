import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { applyPass, defineFixtureTests } from '../../src/testing/index.js';
import { pass } from './for-each.js';

const fixtures = fileURLToPath(new URL('../../__testfixtures__', import.meta.url));
defineFixtureTests(pass, { dir: fixtures });

describe('for-each refusals', () => {
  const dir = join(fixtures, pass.id);
  for (const file of readdirSync(dir).filter((name) => name.startsWith('refuse-') && name.includes('.input.'))) {
    it(`${file} warns why it was left alone`, async () => {
      const result = await applyPass(pass, readFileSync(join(dir, file), 'utf8'), { path: join(dir, file) });
      expect(result.status).toBe('unchanged');
      expect(result.warnings.length).toBeGreaterThan(0);
    });
  }

  it('names Map/Set as the reason for an unknown receiver', async () => {
    const result = await applyPass(pass, 'const m = new Map();\nm.forEach((v) => use(v));\n', { path: 'a.js' });
    expect(result.warnings).toEqual([
      {
        passId: 'for-each',
        message: 'forEach left alone: cannot tell that `m` is an array (Map, Set and NodeList forEach differ)',
        line: 2,
        column: 1,
      },
    ]);
  });
});
