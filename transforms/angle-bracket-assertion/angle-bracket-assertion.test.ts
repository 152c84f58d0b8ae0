import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { applyPass, defineFixtureTests } from '../../src/testing/index.js';
import { pass } from './angle-bracket-assertion.js';

defineFixtureTests(pass, { dir: fileURLToPath(new URL('../../__testfixtures__', import.meta.url)) });

it('warns when comments inside the brackets would be lost', async () => {
  const result = await applyPass(pass, 'export const v = <string /* c */>x;\n', { path: 'a.ts' });
  expect(result.status).toBe('unchanged');
  expect(result.warnings[0]).toMatchObject({ line: 1, column: 18, message: expect.stringMatching(/comments/) });
});

it('emits the same JavaScript before and after (the assertions only change spelling)', async () => {
  const { readFileSync } = await import('node:fs');
  const { ts } = await import('ts-morph');
  const dir = fileURLToPath(new URL('../../__testfixtures__/angle-bracket-assertion/', import.meta.url));
  const emit = (file: string): string =>
    ts.transpileModule(readFileSync(dir + file, 'utf8'), {
      compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
    }).outputText;
  for (const name of ['basic', 'statement-start', 'comments']) {
    expect(emit(`${name}.output.ts`), name).toBe(emit(`${name}.input.ts`));
  }
});
