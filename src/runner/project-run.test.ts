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
