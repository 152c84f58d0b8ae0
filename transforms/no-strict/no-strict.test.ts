import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { applyPass, defineFixtureTests } from '../../src/testing/index.js';
import { pass } from './no-strict.js';

defineFixtureTests(pass, { dir: fileURLToPath(new URL('../../__testfixtures__', import.meta.url)) });

it('keeps the directive of a .js file that has no import or export', async () => {
  // Under __testfixtures__/package.json ("type": "commonjs"), so Node would not run it as a module either.
  const path = fileURLToPath(new URL('../../__testfixtures__/no-strict/lib/index.js', import.meta.url));
  const result = await applyPass(pass, "'use strict';\nvar x = 1;\n", { path });
  expect(result.status).toBe('unchanged');
});
