import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defineProjectFixtureTests, runProjectPass } from '../../src/testing/project-fixtures.js';
import { DeclarationWriter } from './declaration-text.js';
import { declarationFileName, pass } from './js-to-ts-declare-modules.js';
import { packageNameOf } from './untyped-imports.js';
import { newShape, type ArgUse } from './usage-shape.js';

const fixtures = fileURLToPath(new URL('../../__testfixtures__', import.meta.url));
defineProjectFixtureTests(pass, { dir: fixtures });

function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'cm-declare-modules-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const COMPILER = { module: 'nodenext', moduleResolution: 'nodenext', strict: true, esModuleInterop: true, skipLibCheck: true };

describe('js-to-ts-declare-modules', () => {
  it('names declaration files by package, scoped names DefinitelyTyped style', () => {
    expect([packageNameOf('tape/lib/test'), packageNameOf('@scope/x/y'), packageNameOf('x')]).toEqual(['tape', '@scope/x', 'x']);
    expect([declarationFileName('tape'), declarationFileName('@scope/x')]).toEqual(['tape.d.ts', 'scope__x.d.ts']);
  });

  it('writes one callback type from callbacks that name their parameters differently', () => {
    const callback = (...names: string[]): ArgUse => ({ kind: 'callback', params: names.map((name) => ({ name, shape: newShape() })), self: newShape() });
    const calls = [{ args: [callback('a', 'b')], result: undefined }, { args: [callback('b', 'a')], result: undefined }, { args: [callback('a', 'b', 'c')], result: newShape() }];
    expect(new DeclarationWriter().signature(calls, 'on')).toBe('(callback: (a: unknown, b: unknown, c: unknown) => void): unknown');
  });

  it('creates nothing the tsconfig would not include, and says so where the module is imported', async () => {
    const root = project({
      'tsconfig.json': JSON.stringify({ compilerOptions: COMPILER, include: ['src'] }),
      'node_modules/untyped/index.js': 'module.exports = function () {};',
      'src/a.ts': "import untyped from 'untyped';\nuntyped(1);\n",
    });
    try {
      const { results, tree } = await runProjectPass(pass, root);
      expect([...tree.keys()].filter((path) => path.startsWith('types/'))).toEqual([]);
      const warnings = results.flatMap((result) => result.warnings.map((warning) => `${result.relativePath}: ${warning.message}`));
      expect(warnings).toEqual([
        'src/a.ts: no declaration for untyped: the tsconfig does not include types/untyped.d.ts; add "types" to its include to declare untyped',
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('puts the declarations beside each project\'s tsconfig in a monorepo', async () => {
    const pkg = (name: string): Record<string, string> => ({
      [`packages/${name}/tsconfig.json`]: JSON.stringify({ compilerOptions: COMPILER }),
      [`packages/${name}/node_modules/untyped/index.js`]: 'module.exports = function () {};',
      [`packages/${name}/index.ts`]: "import untyped from 'untyped';\nuntyped('x');\n",
    });
    const root = project({ ...pkg('a'), ...pkg('b') });
    try {
      const { tree } = await runProjectPass(pass, root);
      expect([...tree.keys()].filter((path) => path.includes('/types/'))).toEqual(['packages/a/types/untyped.d.ts', 'packages/b/types/untyped.d.ts']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('leaves an ES module package undeclared where CommonJS output would require() it, saying so; a type-only import declares nothing', async () => {
    const root = project({
      'tsconfig.json': JSON.stringify({ compilerOptions: COMPILER }),
      'node_modules/esm-only/package.json': JSON.stringify({ name: 'esm-only', type: 'module', main: 'index.js' }),
      'node_modules/esm-only/index.js': 'export default function run() {}\n',
      'a.ts': "import run from 'esm-only';\nimport { type Missing } from 'untyped';\nrun();\nexport type M = Missing;\n",
      'node_modules/untyped/index.js': 'module.exports = {};',
    });
    try {
      const { results, tree } = await runProjectPass(pass, root);
      expect([...tree.keys()].filter((path) => path.startsWith('types/'))).toEqual([]);
      expect(results.flatMap((result) => result.warnings.map((warning) => warning.message))).toEqual([
        "no declaration for esm-only: 'esm-only' is an ES module this file's CommonJS output would require()",
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('declares an ES module package with export default and named exports; callbacks whose parameters are only passed on get unknown', async () => {
    const root = project({
      'tsconfig.json': JSON.stringify({ compilerOptions: COMPILER }),
      'package.json': JSON.stringify({ type: 'module' }),
      'node_modules/esm-only/package.json': JSON.stringify({ name: 'esm-only', type: 'module', main: 'index.js' }),
      'node_modules/esm-only/index.js': 'export default function run() {}\nexport function on() {}\nexport const version = 1;\n',
      'a.ts': [
        "import run, { on, version } from 'esm-only';",
        'const log = (value: unknown): void => console.log(value);',
        "on('data', (chunk) => log(chunk));",
        'if (run(version)) log(version);',
        '',
      ].join('\n'),
    });
    try {
      const { tree, results } = await runProjectPass(pass, root);
      expect(tree.get('types/esm-only.d.ts')).toBe(
        [
          "// Types for esm-only, which has none: derived from how this project uses it (codemorph js-to-ts-declare-modules).",
          "declare module 'esm-only' {",
          '  const _default: EsmOnly;',
          '  export default _default;',
          '  export function on(arg1: string, callback: (chunk: unknown) => void): void;',
          '  export const version: unknown;',
          '  interface EsmOnly {',
          '    (version: unknown): unknown;',
          '  }',
          '}',
          '',
        ].join('\n'),
      );
      expect(results.find((result) => result.relativePath === 'types/esm-only.d.ts')?.status).toBe('changed');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
