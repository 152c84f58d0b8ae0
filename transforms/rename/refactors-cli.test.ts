import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { readTree } from '../../src/testing/index.js';

// Spawns the built CLI (npm test builds first) on copies of the project fixtures.
const bin = fileURLToPath(new URL('../../bin/codemorph.cjs', import.meta.url));
const fixtures = fileURLToPath(new URL('../../__testfixtures__', import.meta.url));
const temps: string[] = [];

function project(fixture: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'cm-'));
  temps.push(dir);
  cpSync(join(fixtures, fixture, 'input'), dir, { recursive: true });
  return dir;
}

function cli(cwd: string, ...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('refactors through the CLI', () => {
  it('renames an export across files, and --verify types accepts it', () => {
    const dir = project('rename/across-files');
    const result = cli(dir, 'run', 'rename', '--option', 'symbol=src/util/format.ts#formatPrice', '--option', 'to=formatAmount', '--verify', 'types', '--write', '--allow-dirty');
    expect(result.stderr).toContain('5 changed');
    expect(result.status).toBe(0);
    const tree = readTree(dir);
    const expected = readTree(join(fixtures, 'rename/across-files/output'));
    for (const [path, text] of expected) expect(tree.get(path), path).toBe(text);
  });

  it('moves a folder with .js ESM imports and a paths alias, then undo restores every byte', () => {
    const dir = project('move/esm-folder-with-aliases');
    const before = readTree(dir);
    const result = cli(dir, 'run', 'move', '--option', 'from=src/lib', '--option', 'to=src/core/lib', '--tsconfig', 'tsconfig.json', '--write', '--allow-dirty');
    expect(result.status).toBe(0);
    expect(readTree(dir)).toEqual(readTree(join(fixtures, 'move/esm-folder-with-aliases/output')));
    expect(existsSync(join(dir, 'src/lib')), 'the emptied folder is gone').toBe(false);
    execFileSync(process.execPath, [bin, 'undo'], { cwd: dir });
    expect(readTree(dir)).toEqual(before);
    expect(existsSync(join(dir, 'src/core')), 'undo removes the folders the move made').toBe(false);
  });

  it('shows a move as one rename in the JSON report, with the edited text', () => {
    const dir = project('move/esm-folder-with-aliases');
    const result = cli(dir, 'run', 'move', '--option', 'from=src/lib/strings/pad.ts', '--option', 'to=src/text/', '--json');
    const report = JSON.parse(result.stdout) as { files: { path: string; operation?: string; previousPath?: string }[] };
    const pad = report.files.filter((file) => file.path.includes('pad.ts') || file.previousPath?.includes('pad.ts'));
    expect(pad).toHaveLength(1);
    expect(pad[0]).toMatchObject({ operation: 'move' });
  });

  it('--verify types refuses a project refactor that adds a type error, and writes nothing', () => {
    const dir = project('replace-call/method-by-declaration');
    const before = readTree(dir);
    const result = cli(dir, 'run', 'replace-call', '--option', 'target=src/store.ts#Store.get', '--option', 'template=$receiver.fetch($args)', '--verify', 'types', '--write', '--allow-dirty');
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/refused by --verify types: the change adds \d+ type error\(s\):\n  src\/use\.ts:8:27 TS2339 Property 'fetch' does not exist/);
    expect(readTree(dir)).toEqual(before);
  });

  it('--verify types refuses only the file whose change breaks it, for a file pass', () => {
    const dir = project('organize-imports/basic');
    // An unused import the pass removes whose removal breaks a `typeof import` elsewhere would be
    // contrived; instead a local transform breaks one file on purpose and leaves another valid.
    writeFileSync(
      join(dir, 'break.mjs'),
      `export default { id: 'break-one', title: 'Break one', description: 'Test pass.', needs: 'syntax',
        visit(ctx) { if (ctx.path.endsWith('clean.ts')) ctx.edits.insertAfter(ctx.text.length, 'export const bad: number = "x";\\n');
                     if (ctx.path.endsWith('model.ts')) ctx.edits.insertAfter(ctx.text.length, 'export const ok = 1;\\n'); } };\n`,
    );
    const result = cli(dir, 'run', './break.mjs', 'src', '--verify', 'types', '--write', '--allow-dirty');
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/clean\.ts: .*refused by --verify types: the change adds 1 type error\(s\):\n  src\/clean\.ts:\d+:\d+ TS2322/);
    expect(readFileSync(join(dir, 'src/model.ts'), 'utf8')).toContain('export const ok = 1;');
    expect(readFileSync(join(dir, 'src/clean.ts'), 'utf8')).not.toContain('bad');
  });
});
