import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tempProject } from '../../test/cli-helpers.js';
import { resolveOptions } from '../core/options.js';
import { definePass, type Pass } from '../core/pass.js';
import type { FileResult } from '../core/result.js';
import type { ts } from '../core/parse.js';
import { pass as move } from '../../transforms/move/move.js';
import { pass as jsToTsTsconfig } from '../../transforms/js-to-ts-tsconfig/js-to-ts-tsconfig.js';
import { run } from './run.js';

const files = {
  'tsconfig.json': JSON.stringify({ compilerOptions: { strict: true, module: 'nodenext', target: 'es2022', noEmit: true } }),
  'src/lib.ts': 'export interface Options { cache?: Map<string, number> }\nexport function pick(o: Options) { return o.cache || new Map(); }\n',
  'src/main.ts': "import { pick, type Options } from './lib.js';\nexport const m = (o: Options) => o.cache || pick(o);\n",
};

/** Notes the type of `o.cache` as the checker sees it, so a test sees what a later step's program resolved. */
const typeOfCache = definePass({
  id: 'type-of-cache',
  title: 'Type of cache',
  description: 'Warns with the type of every `.cache` access.',
  needs: 'types',
  visit(ctx) {
    const walk = (node: ts.Node): void => {
      if (ctx.ts.isPropertyAccessExpression(node) && node.name.text === 'cache') {
        ctx.warn(`${ctx.relativePath}: ${ctx.checker!.typeToString(ctx.checker!.getTypeAtLocation(node))}`);
      }
      ctx.ts.forEachChild(node, walk);
    };
    walk(ctx.sourceFile);
  },
});

/** A project pass that creates a file: later steps must be able to read and edit it. */
const createConfig = definePass({
  id: 'create-extra',
  title: 'Create extra',
  description: 'Creates src/extra.ts importing lib.',
  needs: 'types',
  visitProject(ctx) {
    ctx.fileOps.createFile('src/extra.ts', "import type { Options } from './core/lib.js';\nexport const e = (o: Options) => o.cache;\n");
  },
});

async function runSteps(root: string, steps: readonly [Pass, Record<string, unknown>][]): Promise<FileResult[]> {
  const loaded = steps.map(([pass, options]) => ({ pass, options: resolveOptions(pass.id, pass.options, options as never), source: pass.id }));
  const results: FileResult[] = [];
  const paths = Object.keys(files).filter((path) => path.endsWith('.ts')).map((path) => join(root, path));
  for await (const result of run({ root, files: paths, steps: loaded, verbose: true })) results.push(result);
  return results;
}

describe('a step after a file move (or creation) in the same run', () => {
  it('sees the moved file under its new path, with its types resolved through the updated imports', async () => {
    const root = tempProject(files);
    const results = await runSteps(root, [
      [move, { from: 'src/lib.ts', to: 'src/core/lib.ts' }],
      [createConfig, {}],
      [typeOfCache, {}],
    ]);
    const summary = results.map((result) => [result.relativePath, result.status, result.status === 'changed' ? result.operation : '', result.warnings.map((w) => w.message).join('; ')]);
    expect(summary).toEqual([
      ['src/main.ts', 'changed', 'edit', 'src/main.ts: Map<string, number> | undefined'],
      ['src/core/lib.ts', 'changed', 'move', 'src/core/lib.ts: Map<string, number> | undefined'],
      ['src/extra.ts', 'changed', 'create', 'src/extra.ts: Map<string, number> | undefined'],
    ]);
    const moved = results[1]!;
    expect(moved.status === 'changed' && moved.previousPath).toBe(join(root, 'src/lib.ts'));
  });
});

/** Moves one file, by options: two of them in a row move a file twice. */
const moveOne = definePass({
  id: 'move-one',
  title: 'Move one',
  description: 'Moves options.from to options.to.',
  needs: 'types',
  options: { from: { type: 'string', required: true, description: 'from' }, to: { type: 'string', required: true, description: 'to' } },
  visitProject(ctx) {
    ctx.fileOps.moveFile(String(ctx.options.from), String(ctx.options.to));
  },
});

/** Notes the checkJs option of the program that checks each file. */
const reportCheckJs = definePass({
  id: 'report-check-js',
  title: 'Report checkJs',
  description: 'Warns with the checkJs option of the program.',
  needs: 'types',
  visit(ctx) {
    ctx.warn(`checkJs=${String(ctx.program!.getCompilerOptions().checkJs)}`);
  },
});

describe('file operations across steps', () => {
  it('folds a file moved twice into one move, and a later step loads the tsconfig an earlier one edited (in memory)', async () => {
    const root = tempProject({ ...files, 'tsconfig.json': JSON.stringify({ compilerOptions: { strict: true, allowJs: true, checkJs: true } }) });
    const results = await runSteps(root, [
      [moveOne, { from: 'src/lib.ts', to: 'src/a/lib.ts' }],
      [moveOne, { from: 'src/a/lib.ts', to: 'src/b/lib.ts' }],
      [jsToTsTsconfig, {}],
      [reportCheckJs, {}],
    ]);
    const moves = results.filter((result) => result.status === 'changed' && result.operation === 'move');
    expect(moves.map((result) => [result.status === 'changed' && result.previousPath, result.relativePath])).toEqual([[join(root, 'src/lib.ts'), 'src/b/lib.ts']]);
    // The disk still says checkJs: true; the step after js-to-ts-tsconfig checks with its edit.
    expect(results.find((result) => result.relativePath === 'src/main.ts')?.warnings.map((w) => w.message)).toEqual(['checkJs=undefined']);
    expect(results.find((result) => result.relativePath === 'tsconfig.json')?.status).toBe('changed');
  });
});

describe('move then a type-aware pass, through the CLI', () => {
  it('writes one move carrying both passes’ edits (and the patch says so)', () => {
    const root = tempProject(files);
    const args = ['run', 'move,nullish-coalescing', 'src', '-o', 'from=src/lib.ts', '-o', 'to=src/core/lib.ts', '--no-progress'];
    // One spawn: --patch keeps the diff of what --write wrote.
    const written = cli(root, [...args, '--write', '--patch', 'out.patch']);
    expect(written.stderr).toContain(' 0 failed');
    expect(written.code).toBe(0);
    const patch = readFileSync(join(root, 'out.patch'), 'utf8');
    expect(patch).toContain('rename from src/lib.ts\nrename to src/core/lib.ts');
    expect(patch).toContain('+export function pick(o: Options) { return o.cache ?? new Map(); }');
    expect(patch).toContain("+import { pick, type Options } from './core/lib.js';\n+export const m = (o: Options) => o.cache ?? pick(o);");
    expect(existsSync(join(root, 'src/lib.ts'))).toBe(false);
    expect(readFileSync(join(root, 'src/core/lib.ts'), 'utf8')).toContain('return o.cache ?? new Map();');
    expect(readFileSync(join(root, 'src/main.ts'), 'utf8')).toContain("from './core/lib.js';\nexport const m = (o: Options) => o.cache ?? pick(o);");
  });
});
