import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, git, gitInit, RENAME_PASS, tempProject } from '../../test/cli-helpers.js';
import { gitSelectedFiles, partiallyStagedFiles } from './git-files.js';

function project(): string {
  const dir = tempProject({
    'rename.mjs': RENAME_PASS,
    'src/a.ts': 'export const foo = 1;\n',
    'src/b.ts': 'export function foo() {}\n',
    'src/c.js': 'module.exports = { foo: 1 };\n',
    'src/notes.md': 'foo\n',
    '.gitignore': 'generated/\n',
  });
  gitInit(dir);
  return dir;
}

/** Paths of the files in a --json report. */
function reported(stdout: string): string[] {
  const report = JSON.parse(stdout) as { files: { path: string }[] };
  return report.files.map((file) => file.path).sort();
}

describe('--staged', () => {
  it('runs only on staged files, and the other discovery rules still apply', () => {
    const dir = project();
    writeFileSync(join(dir, 'src/a.ts'), 'export const foo = 2;\n');
    writeFileSync(join(dir, 'src/b.ts'), 'export function foo(x) {}\n');
    writeFileSync(join(dir, 'src/notes.md'), 'foo foo\n');
    writeFileSync(join(dir, 'src/new.ts'), 'const foo = 3;\n');
    git(dir, 'add', 'src/a.ts', 'src/notes.md', 'src/new.ts'); // b.ts changed but not staged
    expect(gitSelectedFiles(dir, { kind: 'staged' })).toEqual(
      ['src/a.ts', 'src/new.ts', 'src/notes.md'].map((name) => join(dir, name)),
    );
    const result = cli(dir, ['run', './rename.mjs', '--staged', '--json']);
    expect(result.code).toBe(0);
    expect(reported(result.stdout)).toEqual(['src/a.ts', 'src/new.ts']);
    // A hook runs from a subfolder too: git paths are relative to the top level.
    const fromSub = cli(join(dir, 'src'), ['run', '../rename.mjs', '--staged', '--check']);
    expect(fromSub.code).toBe(1);
    expect(fromSub.stdout.split('\n').filter(Boolean).sort()).toEqual(['a.ts', 'new.ts']);
  });

  it('refuses --write on a staged file that also has unstaged changes', () => {
    const dir = project();
    writeFileSync(join(dir, 'src/a.ts'), 'export const foo = 2;\n');
    git(dir, 'add', 'src/a.ts');
    writeFileSync(join(dir, 'src/a.ts'), 'export const foo = 3;\n');
    expect(partiallyStagedFiles(dir)).toEqual([join(dir, 'src/a.ts')]);
    const result = cli(dir, ['run', './rename.mjs', '--staged', '--write', '--allow-dirty']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('src/a.ts also has unstaged changes');
    expect(readFileSync(join(dir, 'src/a.ts'), 'utf8')).toBe('export const foo = 3;\n');
  });
});

describe('--changed-since', () => {
  it('takes commits since the merge base plus working-tree changes, not the base branch’s own commits', () => {
    const dir = project();
    git(dir, 'checkout', '-q', '-b', 'feature');
    writeFileSync(join(dir, 'src/b.ts'), 'export function foo(y) {}\n');
    git(dir, 'commit', '-q', '-am', 'feature work');
    git(dir, 'checkout', '-q', 'main');
    writeFileSync(join(dir, 'src/c.js'), 'module.exports = { foo: 2 };\n');
    git(dir, 'commit', '-q', '-am', 'main moves on');
    git(dir, 'checkout', '-q', 'feature');
    writeFileSync(join(dir, 'src/untracked.ts'), 'let foo;\n');
    writeFileSync(join(dir, 'generated/out.ts'.replace('generated/', 'src/')), 'var foo;\n');
    const result = cli(dir, ['run', './rename.mjs', '--changed-since', 'main', '--json']);
    expect(result.code).toBe(0);
    expect(reported(result.stdout)).toEqual(['src/b.ts', 'src/out.ts', 'src/untracked.ts']);
  });

  it('says so when the ref does not exist', () => {
    const dir = project();
    const result = cli(dir, ['run', './rename.mjs', '--changed-since', 'no-such-branch']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/no-such-branch/);
  });
});
