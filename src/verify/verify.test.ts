import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { ChangedFile } from '../core/result.js';
import { parseTscOutput, type TypeDiagnostic } from './tsc.js';
import { addedDiagnostics, verifyTypes } from './types.js';

const fixtures = fileURLToPath(new URL('../../__testfixtures__', import.meta.url));
const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function copyOf(fixture: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'cm-verify-'));
  temps.push(dir);
  cpSync(join(fixtures, fixture, 'input'), dir, { recursive: true });
  return dir;
}

function edit(root: string, path: string, after: (before: string) => string, passes = ['some-pass']): ChangedFile {
  const absolute = join(root, path);
  const before = readFileSync(absolute, 'utf8');
  return { path: absolute, relativePath: path, status: 'changed', operation: 'edit', before, after: after(before), passes, attribution: [], warnings: [], stats: {} };
}

describe('parseTscOutput', () => {
  it('reads file diagnostics with continuation lines and global ones', () => {
    const output = [
      "src/a.ts(3,7): error TS2322: Type 'string' is not assignable to type 'number'.",
      'src/b.ts(10,1): error TS2345: Argument of type \'X\' is not assignable to parameter of type \'Y\'.',
      "  Property 'z' is missing in type 'X' but required in type 'Y'.",
      "error TS5083: Cannot read file '/x/tsconfig.base.json'.",
      '',
    ].join('\n');
    expect(parseTscOutput(output)).toEqual([
      { file: 'src/a.ts', line: 3, column: 7, code: 2322, message: "Type 'string' is not assignable to type 'number'." },
      { file: 'src/b.ts', line: 10, column: 1, code: 2345, message: "Argument of type 'X' is not assignable to parameter of type 'Y'.\n  Property 'z' is missing in type 'X' but required in type 'Y'." },
      { file: '', code: 5083, message: "Cannot read file '/x/tsconfig.base.json'." },
    ]);
  });
});

describe('addedDiagnostics', () => {
  const d = (file: string, line: number, code = 2322, message = 'm'): TypeDiagnostic => ({ file, line, column: 1, code, message });
  it('ignores line shifts and counts repeats', () => {
    expect(addedDiagnostics([d('a.ts', 3)], [d('a.ts', 9)])).toEqual([]);
    expect(addedDiagnostics([d('a.ts', 3)], [d('a.ts', 3), d('a.ts', 4)])).toEqual([d('a.ts', 4)]);
    expect(addedDiagnostics([d('a.ts', 3), d('b.ts', 1)], [d('b.ts', 1, 2345)])).toEqual([d('b.ts', 1, 2345)]);
  });
});

describe('verifyTypes with the project tsconfig (native tsc)', () => {
  it('refuses only the file pass change that adds an error', async () => {
    const root = copyOf('organize-imports/basic');
    const good = edit(root, 'src/model.ts', (text) => `${text}export const GUEST: User = { id: '1', name: 'guest' };\n`);
    const bad = edit(root, 'src/clean.ts', (text) => `${text}export const broken: number = check('admin') ? 'yes' : 1;\n`);
    const verification = await verifyTypes({ root, changed: [good, bad], projectPassIds: new Set() });
    expect(verification.checker).toBe('tsc');
    expect([...verification.refused.keys()]).toEqual([bad.path]);
    expect(verification.refused.get(bad.path)!.map((diagnostic) => [diagnostic.file, diagnostic.code])).toEqual([['src/clean.ts', 2322]]);
  });

  it('refuses every file of a project pass when any of them adds an error', async () => {
    const root = copyOf('organize-imports/basic');
    const renamedExport = edit(root, 'src/model.ts', (text) => text.replace('export function isAdmin', 'export function isAdministrator'), ['rename']);
    const fine = edit(root, 'src/service.ts', (text) => `${text}\n`, ['rename']);
    const verification = await verifyTypes({ root, changed: [renamedExport, fine], projectPassIds: new Set(['rename']) });
    expect(new Set(verification.refused.keys())).toEqual(new Set([renamedExport.path, fine.path]));
    expect(verification.added.filter((diagnostic) => diagnostic.file === 'src/clean.ts').map((diagnostic) => diagnostic.message)).toEqual(["Module '\"./model.js\"' has no exported member 'isAdmin'."]);
  });

  it('accepts a move whose importers were updated, comparing the moved file under its old name', async () => {
    const root = copyOf('organize-imports/basic');
    const model = edit(root, 'src/model.ts', (text) => text);
    const moved: ChangedFile = { ...model, path: join(root, 'src/domain/model.ts'), relativePath: 'src/domain/model.ts', operation: 'move', previousPath: model.path };
    const importers = ['src/service.ts', 'src/clean.ts', 'src/boot.ts'].map((path) => edit(root, path, (text) => text.replaceAll("'./model.js'", "'./domain/model.js'"), ['move']));
    const verification = await verifyTypes({ root, changed: [moved, ...importers], projectPassIds: new Set(['move']) });
    expect(verification.added).toEqual([]);
  });
});

describe('verifyTypes without a tsconfig (in process)', () => {
  it('finds the error a change adds', async () => {
    const root = mkdtempSync(join(tmpdir(), 'cm-verify-'));
    temps.push(root);
    writeFileSync(join(root, 'a.ts'), 'export const n: number = 1;\n');
    const change = edit(root, 'a.ts', () => "export const n: number = 'one';\n");
    const verification = await verifyTypes({ root, tsconfig: undefined, changed: [change], projectPassIds: new Set() });
    expect(verification.checker).toBe('in-process');
    expect(verification.added.map((diagnostic) => diagnostic.code)).toEqual([2322]);
  });
});
