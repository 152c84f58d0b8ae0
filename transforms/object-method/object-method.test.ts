import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { applyPass, defineFixtureTests } from '../../src/testing/index.js';
import { pass } from './object-method.js';

defineFixtureTests(pass, { dir: fileURLToPath(new URL('../../__testfixtures__', import.meta.url)) });

it('warns when the property is constructed in the same file', async () => {
  const result = await applyPass(pass, 'const o = { make: function () {} };\nnew o.make();\n', { path: 'input.js' });
  expect(result.status).toBe('unchanged');
  expect(result.warnings).toEqual([
    expect.objectContaining({ message: expect.stringMatching(/not constructible/), line: 1, column: 13 }),
  ]);
});
