import { describe, expect, it } from 'vitest';
import { tempProject } from '../../test/cli-helpers.js';
import { applyToTree, type ApplyOutcome, type PatchedFile } from './apply.js';
import { parseUnifiedDiff } from './patch.js';

const apply = (files: Record<string, string | Buffer>, patch: string): ApplyOutcome => applyToTree(tempProject(files), parseUnifiedDiff(patch));
function applied(files: Record<string, string | Buffer>, patch: string): PatchedFile[] {
  const outcome = apply(files, patch);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  return [...outcome.files];
}

describe('parsing patches', () => {
  it('reads git, --no-prefix, diff -u and format-patch names and kinds', () => {
    const parsed = parseUnifiedDiff([
      'From 1234 Mon Sep 17 00:00:00 2001', 'Subject: [PATCH] x', '---', ' a.js | 2 +-', '',
      'diff --git a/src/a.js b/src/a.js', '--- a/src/a.js', '+++ b/src/a.js', '@@ -1 +1 @@', '-x', '+y',
      'diff --git src/b.js src/b.js', '--- src/b.js', '+++ src/b.js', '@@ -1 +1 @@', '-x', '+y',
      '--- lib/c.js\t2024-01-01 10:00:00 +0000', '+++ lib/c.js\t2024-01-02 10:00:00 +0000', '@@ -1 +1 @@', '-x', '+y',
      'diff --git a/a/d.js b/a/d.js', 'new file mode 100644', '--- /dev/null', '+++ b/a/d.js', '@@ -0,0 +1 @@', '+z',
      'diff --git a/img.png b/img.png', 'Binary files a/img.png and b/img.png differ',
      'diff --git a/old.ts b/new.ts', 'similarity index 100%', 'rename from old.ts', 'rename to new.ts',
      '-- ', '2.43.0', '',
    ].join('\n'));
    expect(parsed.map((p) => [p.kind, p.oldPath, p.newPath])).toEqual([
      ['edit', 'src/a.js', 'src/a.js'],
      ['edit', 'src/b.js', 'src/b.js'],
      ['edit', 'lib/c.js', 'lib/c.js'],
      ['create', undefined, 'a/d.js'],
      ['binary', 'img.png', 'img.png'],
      ['rename', 'old.ts', 'new.ts'],
    ]);
  });

  it('reads the names git quotes (spaces, non-ASCII as octal escapes)', () => {
    const parsed = parseUnifiedDiff([
      'diff --git a/with space.ts b/with space.ts', '--- a/with space.ts\t', '+++ b/with space.ts\t', '@@ -1 +1 @@', '-a', '+a2',
      'diff --git "a/\\303\\274n\\303\\257.ts" "b/\\303\\274n\\303\\257.ts"', '--- "a/\\303\\274n\\303\\257.ts"', '+++ "b/\\303\\274n\\303\\257.ts"', '@@ -1 +1 @@', '-b', '+b2', '',
    ].join('\n'));
    expect(parsed.map((p) => p.newPath)).toEqual(['with space.ts', 'ünï.ts']);
  });

  it('refuses text that is not a diff, and hunks whose counts are wrong', () => {
    expect(() => parseUnifiedDiff('hello\n')).toThrow(/changes no file/);
    expect(() => parseUnifiedDiff('--- a/x\n+++ b/x\n@@ -1,3 +1 @@\n-a\n+b\n')).toThrow(/cannot be parsed/);
  });
});

describe('applying patches in memory', () => {
  it('keeps CRLF files CRLF, whether the patch has CRs (git) or not (re-encoded)', () => {
    const files = { 'a.ts': 'one\r\ntwo\r\nthree\r\n' };
    const lf = applied(files, '--- a/a.ts\n+++ b/a.ts\n@@ -1,3 +1,4 @@\n one\n two\n+two and a half\n three\n');
    expect(lf[0]!.after).toBe('one\r\ntwo\r\ntwo and a half\r\nthree\r\n');
    const crlf = applied(files, '--- a/a.ts\n+++ b/a.ts\n@@ -1,3 +1,3 @@\n one\r\n-two\r\n+2\r\n three\r\n');
    expect(crlf[0]!.after).toBe('one\r\n2\r\nthree\r\n');
    expect(crlf[0]!.addedLines).toEqual(new Set([2]));
  });

  it('honours "\\ No newline at end of file" on either side', () => {
    const adds = applied({ 'a.js': 'a\nb' }, '--- a/a.js\n+++ b/a.js\n@@ -1,2 +1,3 @@\n a\n-b\n\\ No newline at end of file\n+b\n+c\n');
    expect(adds[0]!.after).toBe('a\nb\nc\n');
    const drops = applied({ 'a.js': 'a\nb\n' }, '--- a/a.js\n+++ b/a.js\n@@ -1,2 +1,2 @@\n a\n-b\n+c\n\\ No newline at end of file\n');
    expect(drops[0]!.after).toBe('a\nc');
  });

  it('finds a hunk a few lines away from its header (no fuzz), and numbers added lines where they land', () => {
    const files = { 'a.js': 'h1\nh2\nx\ny\nz\n' };
    const [file] = applied(files, '--- a/a.js\n+++ b/a.js\n@@ -1,2 +1,3 @@\n x\n+new\n y\n');
    expect(file!.after).toBe('h1\nh2\nx\nnew\ny\nz\n');
    expect([...file!.addedLines]).toEqual([4]);
    expect(file!.hunks[0]).toMatchObject({ newStart: 3, newLines: 3, added: [4] });
  });

  it('names the hunk that does not apply and why, and every other problem', () => {
    const outcome = apply({ 'a.js': 'a\nb\nc\n', 'exists.js': '', 'short.js': 'a\nb\n' }, [
      '--- a/a.js', '+++ b/a.js', '@@ -1,1 +1,1 @@', '-a', '+A', '@@ -3,1 +3,1 @@', '-C', '+c2',
      '--- a/missing.js', '+++ b/missing.js', '@@ -1 +1 @@', '-a', '+b',
      '--- /dev/null', '+++ b/exists.js', '@@ -0,0 +1 @@', '+x',
      '--- a/../outside.js', '+++ b/../outside.js', '@@ -1 +1 @@', '-a', '+b',
      '--- a/short.js', '+++ b/short.js', '@@ -2,2 +2,2 @@', ' b', '-c', '+C', '',
    ].join('\n'));
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.problems).toEqual([
      { file: 'a.js', hunk: 1, header: '@@ -3,1 +3,1 @@', message: 'line 3: expected `C`, found `c` (and the hunk\'s lines match nowhere else)' },
      { file: 'missing.js', message: 'no such file in the tree' },
      { file: 'exists.js', message: 'already exists; the patch creates it' },
      { file: '../outside.js', message: 'outside the project root' },
      { file: 'short.js', hunk: 0, header: '@@ -2,2 +2,2 @@', message: 'the file has 2 lines; the hunk expects `c` at line 3' },
    ]);
  });

  it('creates, deletes and renames; keeps a BOM out of the texts; lists binary changes without content', () => {
    const files = applied({ 'gone.js': 'x\n', 'old.ts': '\uFEFFconst a = 1;\n', 'img.png': Buffer.from([0, 1, 2]) }, [
      'diff --git a/new.js b/new.js', 'new file mode 100644', '--- /dev/null', '+++ b/new.js', '@@ -0,0 +1,2 @@', '+a', '+b',
      'diff --git a/gone.js b/gone.js', 'deleted file mode 100644', '--- a/gone.js', '+++ /dev/null', '@@ -1 +0,0 @@', '-x',
      'diff --git a/old.ts b/lib/new.ts', 'rename from old.ts', 'rename to lib/new.ts', '--- a/old.ts', '+++ b/lib/new.ts', '@@ -1 +1 @@', '-const a = 1;', '+const a = 2;',
      'diff --git a/img.png b/img.png', 'Binary files a/img.png and b/img.png differ', '',
    ].join('\n'));
    expect(files.map((f) => [f.operation, f.path, f.previousPath, f.before, f.after])).toEqual([
      ['create', 'new.js', undefined, '', 'a\nb\n'],
      ['delete', 'gone.js', undefined, 'x\n', ''],
      ['move', 'lib/new.ts', 'old.ts', 'const a = 1;\n', 'const a = 2;\n'],
      ['edit', 'img.png', undefined, '', ''],
    ]);
    expect(files[3]!.kind).toBe('binary');
  });
});
