import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { applyPass, defineFixtureTests } from '../../src/testing/index.js';
import { pass } from './no-strict.js';

defineFixtureTests(pass, { dir: fileURLToPath(new URL('../../__testfixtures__', import.meta.url)) });

it('keeps the directive of a .js file that has no import or export', async () => {
  const result = await applyPass(pass, "'use strict';\nvar x = 1;\n", { path: 'lib/index.js' });
  expect(result.status).toBe('unchanged');
});
