import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { resolveOptions } from '../../src/core/options.js';
import type { FileResult } from '../../src/core/result.js';
import { run } from '../../src/runner/run.js';
import { defineProjectFixtureTests, runProjectPass } from '../../src/testing/index.js';
import { pass } from './rename.js';

const fixtures = fileURLToPath(new URL('../../__testfixtures__', import.meta.url));
defineProjectFixtureTests(pass, { dir: fixtures });

describe('rename refusals', () => {
  const attempt = async (options: Record<string, string>): Promise<string[]> => {
    const dir = mkdtempSync(join(tmpdir(), 'cm-rename-'));
    try {
      cpSync(join(fixtures, 'rename/across-files/input'), dir, { recursive: true });
      const { results } = await runProjectPass(pass, dir, options);
      return results.flatMap((result) => (result.status === 'failed' ? [result.error.message] : result.status === 'changed' ? ['changed'] : []));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };

  it('rejects a new name that is not an identifier', async () => {
    expect(await attempt({ symbol: 'src/util/format.ts#formatPrice', to: 'format-price' })).toEqual(['rename: "format-price" is not a valid identifier']);
  });

  it('says which export is missing', async () => {
    expect(await attempt({ symbol: 'src/util/format.ts#formatCost', to: 'x' })).toEqual(['symbol: src/util/format.ts has no export named formatCost']);
  });

  it('refuses what the language service refuses (a library symbol)', async () => {
    const messages = await attempt({ symbol: 'src/util/format.ts:3:30', to: 'toFixedPoint' });
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^rename: cannot rename src\/util\/format.ts:3:30: You cannot rename elements that are defined in the standard TypeScript library/);
  });
});

describe('rename in a monorepo', () => {
  it('skips a project that cannot see the symbol, renames in those that can, counts each reference once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cm-rename-'));
    try {
      cpSync(join(fixtures, 'rename/monorepo-references/input'), dir, { recursive: true });
      // A package with options of its own (its own Project) that never imports @demo/core.
      mkdirSync(join(dir, 'packages/tools/src'), { recursive: true });
      writeFileSync(join(dir, 'packages/tools/tsconfig.json'), JSON.stringify({ extends: '../../tsconfig.base.json', compilerOptions: { noImplicitReturns: true }, include: ['src'] }));
      writeFileSync(join(dir, 'packages/tools/src/tool.ts'), 'export class Widget {}\n');
      const { results } = await runProjectPass(pass, dir, { symbol: 'packages/core/src/widget.ts#Widget', to: 'Component' });
      const changed = results.filter((result) => result.status === 'changed').map((result) => result.relativePath);
      expect(changed).toEqual(['packages/app/src/main.ts', 'packages/core/src/index.ts', 'packages/core/src/widget.ts', 'packages/ui/src/button.ts']);
      const renamed = results.reduce((sum, result) => sum + (result.stats['renamed'] ?? 0), 0);
      expect(renamed).toBe(8);
      expect(readFileSync(join(dir, 'packages/tools/src/tool.ts'), 'utf8'), 'another Widget').toBe('export class Widget {}\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('fails, rather than skip, a project that reads another package\'s build output instead of its sources', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cm-rename-'));
    try {
      cpSync(join(fixtures, 'rename/monorepo-references/input'), dir, { recursive: true });
      // The app drops its references and its alias to @demo/core resolves to built declarations.
      const base = JSON.parse(readFileSync(join(dir, 'tsconfig.base.json'), 'utf8')) as { compilerOptions: { paths: Record<string, string[]> } };
      base.compilerOptions.paths['@demo/core'] = ['./packages/core/dist/index.d.ts'];
      writeFileSync(join(dir, 'tsconfig.base.json'), JSON.stringify(base));
      writeFileSync(join(dir, 'packages/app/tsconfig.json'), JSON.stringify({ extends: '../../tsconfig.base.json', compilerOptions: { lib: ['ES2022', 'DOM'] }, include: ['src'] }));
      mkdirSync(join(dir, 'packages/core/dist'));
      writeFileSync(join(dir, 'packages/core/dist/index.d.ts'), "export { Widget } from './widget.js';\n");
      writeFileSync(join(dir, 'packages/core/dist/widget.d.ts'), 'export declare class Widget {\n  readonly name: string;\n  constructor(name: string);\n  render(): string;\n}\n');
      const files = ['packages/app/src/main.ts', 'packages/core/src/index.ts', 'packages/core/src/widget.ts', 'packages/ui/src/button.ts', 'packages/ui/src/index.ts'];
      const results: FileResult[] = [];
      const resolved = resolveOptions(pass.id, pass.options, { symbol: 'packages/core/src/widget.ts#Widget', to: 'Component' });
      for await (const result of run({ root: dir, files: files.map((file) => join(dir, file)), steps: [{ pass, options: resolved, source: pass.id }] })) results.push(result);
      const failures = results.flatMap((result) => (result.status === 'failed' ? [result.error.message] : []));
      expect(failures).toEqual([
        'packages/app/tsconfig.json reads packages/core/dist/widget.d.ts, a build output, not its package\'s sources, so codemorph cannot follow it there: add that package to its "references"',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
