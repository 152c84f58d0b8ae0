import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cli, tempProject } from '../../test/cli-helpers.js';
import { defineProjectFixtureTests } from '../../src/testing/index.js';
import { pass } from './js-to-ts-suppress.js';

defineProjectFixtureTests(pass, { dir: fileURLToPath(new URL('../../__testfixtures__', import.meta.url)) });

describe('js-to-ts-suppress in a CommonJS package', () => {
  it('takes export = and import = require() for what they are there (regression: left as TS1203 "cannot run")', () => {
    const root = tempProject({
      'package.json': '{ "name": "cjs-package" }',
      'tsconfig.json': '{ "compilerOptions": { "module": "nodenext", "strict": true, "noEmit": true } }',
      'lib.ts': 'export = function double(n) {\n  return 2 * n;\n};\n',
      'main.ts': "import double = require('./lib');\nexport const four: number = double(2);\n",
    });
    const result = cli(root, ['run', 'js-to-ts-suppress', 'lib.ts', 'main.ts', '--no-color']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('+export = function double(n: any) {');
    expect(result.stderr).not.toMatch(/warning|TS120[23]/);
  });
});
