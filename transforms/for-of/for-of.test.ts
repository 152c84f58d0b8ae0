import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { applyPass, defineFixtureTests } from '../../src/testing/index.js';
import { pass } from './for-of.js';

const fixtures = fileURLToPath(new URL('../../__testfixtures__', import.meta.url));
defineFixtureTests(pass, { dir: fixtures });

describe('for-of refusals', () => {
  const dir = join(fixtures, pass.id);
  for (const file of readdirSync(dir).filter((name) => name.startsWith('refuse-') && name.includes('.input.'))) {
    it(`${file} warns why it was left alone`, async () => {
      const result = await applyPass(pass, readFileSync(join(dir, file), 'utf8'), { path: join(dir, file) });
      expect(result.status).toBe('unchanged');
      expect(result.warnings.length).toBeGreaterThan(0);
    });
  }

  it('suggests assumeArrays for an unknown receiver', async () => {
    const text = 'function f(xs) {\n  for (let i = 0; i < xs.length; i++) {\n    const x = xs[i];\n  }\n}\n';
    const result = await applyPass(pass, text, { path: 'a.js' });
    expect(result.warnings).toEqual([
      {
        passId: 'for-of',
        message:
          'index loop left alone: cannot tell that the parameter `xs` is an array; for...of differs on strings (code points) and plain array-likes (not iterable). Set assumeArrays to convert anyway',
        line: 2,
        column: 3,
      },
    ]);
  });
});
