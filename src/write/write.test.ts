import { chmodSync, existsSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ChangedFile } from '../core/result.js';
import { tempProject } from '../../test/cli-helpers.js';
import { undoLastRun } from './undo.js';
import { writeResults } from './write.js';

function result(root: string, rel: string, before: string, after: string, operation: ChangedFile['operation'] = 'edit'): ChangedFile {
  return { path: join(root, rel), relativePath: rel, status: 'changed', operation, before, after, passes: ['p'], attribution: [], warnings: [], stats: {} };
}

describe('writeResults', () => {
  it('refuses to create or write files outside the root and writes the rest', async () => {
    const root = tempProject({ 'in.ts': 'a\n' });
    const outside = tempProject({});
    const { outcomes } = await writeResults(root, [
      result(root, 'in.ts', 'a\n', 'b\n'),
      { ...result(root, '../escape.ts', '', 'x\n', 'create'), path: join(outside, 'escape.ts') },
    ]);
    expect(outcomes.map((outcome) => outcome.error?.kind)).toEqual([undefined, 'confinement']); // in file order
    expect(existsSync(join(outside, 'escape.ts'))).toBe(false);
    expect(readFileSync(join(root, 'in.ts'), 'utf8')).toBe('b\n');
  });

  it('refuses a file that changed on disk after it was read', async () => {
    const root = tempProject({ 'a.ts': 'edited meanwhile\n' });
    const [outcome] = (await writeResults(root, [result(root, 'a.ts', 'a\n', 'b\n')])).outcomes;
    expect(outcome?.error?.message).toMatch(/changed on disk since codemorph read it/);
    expect(readFileSync(join(root, 'a.ts'), 'utf8')).toBe('edited meanwhile\n');
  });

  it('writes through a symlink inside the root to its target, keeping the link', async () => {
    const root = tempProject({ 'real.ts': 'a\n' });
    symlinkSync(join(root, 'real.ts'), join(root, 'link.ts'));
    const [outcome] = (await writeResults(root, [result(root, 'link.ts', 'a\n', 'b\n')])).outcomes;
    expect(outcome?.error).toBeUndefined();
    expect(readFileSync(join(root, 'real.ts'), 'utf8')).toBe('b\n');
  });

  it('creates and deletes files, and undo reverses both', async () => {
    const root = tempProject({ 'old.ts': 'old\n' });
    await writeResults(root, [result(root, 'new/made.ts', '', 'made\n', 'create'), result(root, 'old.ts', 'old\n', '', 'delete')]);
    expect(readFileSync(join(root, 'new/made.ts'), 'utf8')).toBe('made\n');
    expect(existsSync(join(root, 'old.ts'))).toBe(false);
    const report = undoLastRun(root);
    expect([...report.restored].sort()).toEqual(['new/made.ts', 'old.ts']);
    expect(report.removed).toEqual(['new/made.ts']);
    // The folder made for the created file goes too; the root stays.
    expect(existsSync(join(root, 'new'))).toBe(false);
    expect(existsSync(root)).toBe(true);
    expect(readFileSync(join(root, 'old.ts'), 'utf8')).toBe('old\n');
  });

  it('moves a file (new place written before the old one goes), and undo moves it back with its bytes and mode', async () => {
    const root = tempProject({ 'src/old.ts': 'export const a = 1;\n' });
    chmodSync(join(root, 'src/old.ts'), 0o640);
    const moved = { ...result(root, 'lib/new.ts', 'export const a = 1;\n', 'export const a = 2;\n', 'move'), previousPath: join(root, 'src/old.ts') };
    const { outcomes } = await writeResults(root, [moved]);
    expect(outcomes[0]?.error).toBeUndefined();
    expect(readFileSync(join(root, 'lib/new.ts'), 'utf8')).toBe('export const a = 2;\n');
    expect(statSync(join(root, 'lib/new.ts')).mode & 0o777).toBe(0o640);
    expect(existsSync(join(root, 'src'))).toBe(false); // the folder it left empty is gone
    expect(undoLastRun(root).restored).toEqual(['src/old.ts']);
    expect(readFileSync(join(root, 'src/old.ts'), 'utf8')).toBe('export const a = 1;\n');
    expect(existsSync(join(root, 'lib/new.ts'))).toBe(false);
  });

  it.skipIf(process.getuid?.() === 0)('a folder without write permission fails its files with the reason and writes the rest (as a user; root ignores permissions: see real-filesystem.test.ts)', async () => {
    const root = tempProject({ 'a.ts': 'a\n', 'locked/b.ts': 'b\n' });
    chmodSync(join(root, 'locked'), 0o555);
    try {
      const { outcomes } = await writeResults(root, [result(root, 'a.ts', 'a\n', 'A\n'), result(root, 'locked/b.ts', 'b\n', 'B\n')]);
      expect(outcomes.map((outcome) => outcome.error?.message)).toEqual([undefined, 'not written: permission denied']);
      expect(readFileSync(join(root, 'locked/b.ts'), 'utf8')).toBe('b\n');
    } finally {
      chmodSync(join(root, 'locked'), 0o755);
    }
  });

  it('reports outcomes in file order, a failing file in its place', async () => {
    const root = tempProject({ 'a.ts': 'a\n', 'b.ts': 'edited meanwhile\n', 'c.ts': 'c\n' });
    const { outcomes } = await writeResults(root, [result(root, 'a.ts', 'a\n', 'A\n'), result(root, 'b.ts', 'b\n', 'B\n'), result(root, 'c.ts', 'c\n', 'C\n')]);
    expect(outcomes.map((outcome) => [outcome.result.relativePath, outcome.error?.message])).toEqual([
      ['a.ts', undefined],
      ['b.ts', 'not written: changed on disk since codemorph read it'],
      ['c.ts', undefined],
    ]);
  });

  it('a run that writes nothing keeps the last run undoable', async () => {
    const root = tempProject({ 'a.ts': 'a\n' });
    await writeResults(root, [result(root, 'a.ts', 'a\n', 'A\n')]);
    const { outcomes } = await writeResults(root, [result(root, 'a.ts', 'stale\n', 'X\n')]);
    expect(outcomes[0]?.error?.message).toMatch(/changed on disk/);
    expect(undoLastRun(root).restored).toEqual(['a.ts']);
    expect(readFileSync(join(root, 'a.ts'), 'utf8')).toBe('a\n');
  });
});
