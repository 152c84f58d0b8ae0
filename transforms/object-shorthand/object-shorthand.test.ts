import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { applyPass, defineFixtureTests } from '../../src/testing/index.js';
import { pass } from './object-shorthand.js';

defineFixtureTests(pass, { dir: fileURLToPath(new URL('../../__testfixtures__', import.meta.url)) });

it('keeps __proto__ with a warning, since the colon form sets the prototype', async () => {
  const source = 'const __proto__ = Array.prototype;\nexport const o = { __proto__: __proto__ };\n';
  const result = await applyPass(pass, source, { path: 'input.js' });
  expect(result.status).toBe('unchanged');
  expect(result.warnings[0]).toMatchObject({ line: 2, message: expect.stringMatching(/prototype/) });
  const proto = Array.prototype;
  // The reason, demonstrated: the two spellings build different objects.
  expect(Object.getPrototypeOf({ __proto__: proto })).toBe(proto);
  const __proto__ = proto;
  expect(Object.getPrototypeOf({ __proto__ })).toBe(Object.prototype);
});
