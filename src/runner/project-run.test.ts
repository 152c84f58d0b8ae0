import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { definePass } from '../core/pass.js';
import type { ts } from '../core/parse.js';
import type { FileResult } from '../core/result.js';
import { tempProject } from '../../test/cli-helpers.js';
import { run } from './run.js';

/** A type-aware pass that edits at tree positions: renames identifiers whose type is `Options`. */
const renameTyped = definePass({
  id: 'rename-typed',
  title: 'Rename typed',
  description: 'Renames identifiers whose declared type is Options.',
  needs: 'types',
  visit(ctx) {
    const walk = (node: ts.Node): void => {
      if (ctx.ts.isIdentifier(node) && node.text === 'opts') {
        const type = ctx.checker!.typeToString(ctx.checker!.getTypeAtLocation(node));
        if (type.includes('Options')) ctx.edits.replace(node, 'options');
      }
      ctx.ts.forEachChild(node, walk);
    };
    walk(ctx.sourceFile);
  },
});

async function collect(root: string, files: string[]): Promise<FileResult[]> {
  const results: FileResult[] = [];
  const steps = [{ pass: renameTyped, options: {}, source: renameTyped.id }];
  for await (const result of run({ root, files: files.map((file) => join(root, file)), steps })) results.push(result);
  return results;
}

describe('project mode', () => {
  it('keeps tree positions right in CRLF files (regression: replaceWithText turned CRLF into LF)', async () => {
    const text = '// header\r\ninterface Options { a: number }\r\ndeclare const opts: Options;\r\nexport const b = opts.a;\r\n';
    const root = tempProject({ 'tsconfig.json': '{"compilerOptions":{"strict":true}}', 'a.ts': text });
    const [result] = await collect(root, ['a.ts']);
    expect(result?.status === 'changed' && result.after).toBe(text.replaceAll('opts', 'options'));
  });

  it('gives passes the checker: only identifiers of the right type change', async () => {
    const root = tempProject({
      'tsconfig.json': '{"compilerOptions":{"strict":true}}',
      'a.ts': 'export interface Options { a: number }\nexport declare const opts: Options;\n',
      'b.ts': 'import type { Options } from "./a";\nconst opts = 3;\ndeclare const other: Options;\nexport const x = other.a + opts;\n',
    });
    const results = await collect(root, ['a.ts', 'b.ts']);
    const byPath = Object.fromEntries(results.map((result) => [result.relativePath, result]));
    expect(byPath['b.ts']?.status).toBe('unchanged');
    expect(byPath['a.ts']?.status === 'changed' && byPath['a.ts'].after).toContain('declare const options: Options');
  });
});

/** Notes, on each file, the options and root files of the program that checked it. */
const reportProgram = definePass({
  id: 'report-program',
  title: 'Report program',
  description: 'Warns with the strict option and the tsconfig of the program that checks each file.',
  needs: 'types',
  visit(ctx) {
    const options = ctx.program!.getCompilerOptions();
    ctx.warn(`strict=${String(options.strict)} config=${String(options.configFilePath).split('/').slice(-2).join('/')}`);
  },
});

describe('project mode in a monorepo', () => {
  it('checks each file with the options of the project that owns it; a file no project selects fails', async () => {
    const json = (value: unknown): string => JSON.stringify(value);
    const root = tempProject({
      // Solution-style root: default options for everything was the bug.
      'tsconfig.json': json({ files: [], references: [{ path: 'a' }, { path: 'b' }] }),
      'tsconfig.base.json': json({ compilerOptions: { strict: true } }),
      'a/tsconfig.json': json({ extends: '../tsconfig.base.json', include: ['*.ts'] }),
      'a/x.ts': 'export const x = 1;\n',
      'b/tsconfig.json': json({ extends: '../tsconfig.base.json', compilerOptions: { strict: false }, include: ['*.ts'] }),
      'b/y.ts': 'export const y = 1;\n',
      'loose.ts': 'export const z = 1;\n',
    });
    const results: FileResult[] = [];
    const steps = [{ pass: reportProgram, options: {}, source: reportProgram.id }];
    const files = ['a/x.ts', 'b/y.ts', 'loose.ts'].map((file) => join(root, file));
    for await (const result of run({ root, files, steps })) results.push(result);
    const seen = Object.fromEntries(
      results.map((result) => [result.relativePath, result.status === 'failed' ? `failed: ${result.error.message}` : result.warnings.map((w) => w.message).join()]),
    );
    expect(seen).toEqual({
      'a/x.ts': 'strict=true config=a/tsconfig.json',
      'b/y.ts': 'strict=false config=b/tsconfig.json',
      'loose.ts': 'failed: no tsconfig project selects this file (see codemorph projects); not checked',
    });
  });
});

describe('module formats under nodenext', () => {
  /** Warns the codes of the diagnostics the run's program gives each file. */
  const diagnose = definePass({
    id: 'diagnose',
    title: 'Diagnose',
    description: 'Warns the diagnostic codes of each file.',
    needs: 'types',
    visit(ctx) {
      const codes = [...ctx.program!.getSyntacticDiagnostics(ctx.sourceFile), ...ctx.program!.getSemanticDiagnostics(ctx.sourceFile)].map((d) => d.code);
      ctx.warn(`codes: ${codes.join(',')}`);
    },
  });

  it('checks a CommonJS package\'s .ts files as CommonJS and .mts as ESM, as tsc does (regression: export = was TS1203, its importers TS2307)', async () => {
    const root = tempProject({
      'package.json': '{ "name": "cjs-package" }',
      'tsconfig.json': '{ "compilerOptions": { "module": "nodenext", "strict": true } }',
      'lib.ts': 'export = function double(n: number): number {\n  return 2 * n;\n};\n',
      'main.ts': "import double = require('./lib');\nimport again from './lib.js';\nexport const four: number = double(2) + again(1, 2);\n",
      'esm.mts': 'export = 1;\n',
    });
    const results: FileResult[] = [];
    const files = ['lib.ts', 'main.ts', 'esm.mts'].map((file) => join(root, file));
    for await (const result of run({ root, files, steps: [{ pass: diagnose, options: {}, source: diagnose.id }] })) results.push(result);
    const codes = Object.fromEntries(results.map((result) => [result.relativePath, result.warnings.map((warning) => warning.message).join(' ')]));
    // tsc: TS1203 for export = in the ES module; TS2554 for again(1, 2): the import reached double.
    expect(codes).toEqual({ 'esm.mts': 'codes: 1203', 'lib.ts': 'codes: ', 'main.ts': 'codes: 2554' });
  });
});
