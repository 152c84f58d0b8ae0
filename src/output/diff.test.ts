import { describe, expect, it } from 'vitest';
import type { ChangedFile } from '../core/result.js';
import { diffFile, formatFileDiff } from './diff.js';

function changed(before: string, after: string, attribution: ChangedFile['attribution'], extra: Partial<ChangedFile> = {}): ChangedFile {
  return {
    path: '/r/a.ts',
    relativePath: 'a.ts',
    status: 'changed',
    operation: 'edit',
    before,
    after,
    passes: attribution.map((entry) => entry.passId),
    attribution,
    warnings: [],
    stats: {},
    ...extra,
  };
}

const show = (path: string): string => path.replace('/r/', '');

describe('diffFile', () => {
  it('attributes each hunk to the passes whose edits land in it', () => {
    const before = Array.from({ length: 20 }, (_, i) => `line${i}`).join('\n') + '\n';
    const after = before.replace('line1\n', 'LINE1\n').replace('line18\n', 'LINE18\n');
    const first = after.indexOf('LINE1\n');
    const second = after.indexOf('LINE18\n');
    const diff = diffFile(
      changed(before, after, [
        { passId: 'upper-one', ranges: [{ start: first, end: first + 5 }] },
        { passId: 'upper-eighteen', ranges: [{ start: second, end: second + 6 }] },
      ]),
      show,
    );
    expect(diff.hunks.map((hunk) => hunk.passes)).toEqual([['upper-one'], ['upper-eighteen']]);
  });

  it('writes git-style headers for created and deleted files', () => {
    const created = formatFileDiff(diffFile(changed('', 'x\n', [], { operation: 'create', passes: ['p'] }), show));
    expect(created).toBe('diff --git a/a.ts b/a.ts\nnew file mode 100644\n--- /dev/null\n+++ b/a.ts\n@@ -0,0 +1 @@\n+x\n');
    const deleted = formatFileDiff(diffFile(changed('x\n', '', [], { operation: 'delete', passes: ['p'] }), show));
    expect(deleted).toBe('diff --git a/a.ts b/a.ts\ndeleted file mode 100644\n--- a/a.ts\n+++ /dev/null\n@@ -1 +0,0 @@\n-x\n');
  });

  it('marks a missing newline at the end of file', () => {
    const text = formatFileDiff(diffFile(changed('a', 'b', [{ passId: 'p', ranges: [{ start: 0, end: 1 }] }]), show));
    expect(text).toContain('-a\n\\ No newline at end of file\n+b\n\\ No newline at end of file\n');
  });
});
