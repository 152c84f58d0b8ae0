import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createJiti } from 'jiti';
import { describe, expect, it } from 'vitest';
import { processFile } from '../../runner/process-file.js';
import { jscodeshiftPass } from './adapter.js';
import { findTransform } from './transform.js';

// A few cases of the public suites `npm run compat` runs in full (vendored with their LICENSE):
// codemorph's engine must give what their own fixtures expect (trimmed, as jscodeshift's helper).
const COMPAT = fileURLToPath(new URL('../../../__testfixtures__/compat/', import.meta.url));
const jiti = createJiti(import.meta.url, { interopDefault: false, moduleCache: true, fsCache: false });

interface Case {
  readonly transform: string;
  readonly fixture: string;
  readonly options?: Record<string, unknown>;
}

const CASES: Case[] = [
  { transform: 'js-codemod/transforms/arrow-function.js', fixture: 'js-codemod/transforms/__testfixtures__/arrow-function-length-40', options: { 'max-width': 40 } },
  {
    transform: 'js-codemod/transforms/rm-object-assign.js',
    fixture: 'js-codemod/transforms/__testfixtures__/rm-object-assign',
    options: { printOptions: { trailingComma: true } },
  },
  { transform: 'js-codemod/transforms/jest-remove-describe.js', fixture: 'js-codemod/transforms/__testfixtures__/jest-remove-describe' },
  { transform: 'js-codemod/transforms/unquote-properties.js', fixture: 'js-codemod/transforms/__testfixtures__/unquote-properties' },
  {
    transform: 'commonjs-to-es-module-codemod/transforms/require-to-import-default.js',
    fixture: 'commonjs-to-es-module-codemod/transforms/__testfixtures__/require-to-import-default/destructure-require-alias',
    options: { silent: true },
  },
  {
    transform: 'commonjs-to-es-module-codemod/transforms/module-exports-to-named-export.js',
    fixture: 'commonjs-to-es-module-codemod/transforms/__testfixtures__/module-exports-to-named-export/exports-variable',
    options: { silent: true },
  },
];

describe('public jscodeshift suites through the engine', () => {
  for (const testCase of CASES) {
    it(testCase.fixture.replace(/^.*__testfixtures__\//, ''), async () => {
      const transformPath = join(COMPAT, testCase.transform);
      const found = findTransform(await jiti.import(transformPath));
      expect(found, 'detected as a jscodeshift transform').toBeDefined();
      const inputPath = join(COMPAT, `${testCase.fixture}.input.js`);
      const input = readFileSync(inputPath, 'utf8');
      const expected = readFileSync(join(COMPAT, `${testCase.fixture}.output.js`), 'utf8');
      const result = await processFile(
        { path: inputPath, relativePath: 'input.js', text: input },
        [{ pass: jscodeshiftPass(found!, transformPath), options: testCase.options ?? {} }],
        { verbose: true },
      );
      expect(result.status).toBe('changed');
      expect(result.status === 'changed' ? result.after.trim() : '').toBe(expected.trim());
    });
  }
});
