import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { applyPass, defineFixtureTests } from '../../src/testing/index.js';
import { pass } from './arrow-return.js';

defineFixtureTests(pass, { dir: fileURLToPath(new URL('../../__testfixtures__', import.meta.url)) });

it('warns when comments would be lost', async () => {
  const result = await applyPass(pass, 'f(() => {\n  // why\n  return 1;\n});\n', { path: 'input.js' });
  expect(result.status).toBe('unchanged');
  expect(result.warnings).toEqual([expect.objectContaining({ message: expect.stringMatching(/comments/), line: 1, column: 9 })]);
});

it('returns the same value as the block body it replaces', async () => {
  const source = 'export const f = (a) => { return { a, b: [a, a] }; };\n';
  const result = await applyPass(pass, source, { path: 'input.js' });
  expect(result.status).toBe('changed');
  const toFunction = (code: string): ((a: number) => unknown) =>
    new Function(`${code.replace('export const f =', 'return')}`)() as (a: number) => unknown;
  const after = result.status === 'changed' ? result.after : source;
  expect(toFunction(after)(3)).toEqual(toFunction(source)(3));
});
