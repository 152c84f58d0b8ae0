import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { applyPass, defineFixtureTests } from '../../src/testing/index.js';
import { pass } from './multi-var.js';

defineFixtureTests(pass, { dir: fileURLToPath(new URL('../../__testfixtures__', import.meta.url)) });

it('warns when the declaration is the unbraced body of an if', async () => {
  const result = await applyPass(pass, 'if (c) var a = 1, b = 2;\n', { path: 'input.js' });
  expect(result.status).toBe('unchanged');
  expect(result.warnings[0]?.message).toMatch(/unbraced body/);
});
