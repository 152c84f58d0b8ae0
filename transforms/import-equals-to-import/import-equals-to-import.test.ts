import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { applyPass, defineFixtureTests } from '../../src/testing/index.js';
import { pass } from './import-equals-to-import.js';

defineFixtureTests(pass, { dir: fileURLToPath(new URL('../../__testfixtures__', import.meta.url)) });

it('explains why a called import is kept', async () => {
  const source = "import express = require('express');\n\nexport const app = express();\n";
  const result = await applyPass(pass, source, { path: 'server.ts' });
  expect(result.status).toBe('unchanged');
  expect(result.warnings).toEqual([
    expect.objectContaining({ line: 1, message: expect.stringMatching(/`express` is called \(line 3\)/) }),
  ]);
});

it('does not warn about namespace aliases', async () => {
  const result = await applyPass(pass, 'namespace A { export const b = 1; }\nimport B = A;\nexport const c = B.b + require.length;\n', {
    path: 'a.ts',
  });
  expect(result.warnings).toEqual([]);
});
