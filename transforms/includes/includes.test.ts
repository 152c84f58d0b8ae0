import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { applyPass, defineFixtureTests } from '../../src/testing/index.js';
import { pass } from './includes.js';

defineFixtureTests(pass, { dir: fileURLToPath(new URL('../../__testfixtures__', import.meta.url)) });

describe('includes warnings', () => {
  it('warns when refusing a NaN search', async () => {
    const result = await applyPass(pass, 'const hasNaN = values.indexOf(NaN) !== -1;\n', { path: 'a.js' });
    expect(result.status).toBe('unchanged');
    expect(result.warnings).toEqual([
      { passId: 'includes', message: 'left alone: indexOf never finds NaN but includes does', line: 1, column: 16 },
    ]);
  });
});
