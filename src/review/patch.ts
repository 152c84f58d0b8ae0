import { parsePatch, type StructuredPatch, type StructuredPatchHunk } from 'diff';
import { CodemorphError } from '../core/errors.js';

export type FilePatchKind = 'edit' | 'create' | 'delete' | 'rename' | 'copy' | 'binary' | 'mode';

/** One file's part of a unified diff, paths normalized (no `a/` `b/` prefix, forward slashes). */
export interface FilePatch {
  readonly kind: FilePatchKind;
  /** Undefined for a created file. */
  readonly oldPath?: string;
  /** Undefined for a deleted file. */
  readonly newPath?: string;
  readonly hunks: readonly StructuredPatchHunk[];
}

const DEV_NULL = '/dev/null';

function stripPrefix(name: string | undefined, prefix: 'a/' | 'b/'): string | undefined {
  if (name === undefined || name === DEV_NULL) return undefined;
  return name.startsWith(prefix) ? name.slice(2) : name;
}

/**
 * `a/` and `b/` are git's default prefixes (`patch -p1`); a diff made with `--no-prefix`, by
 * `diff -u` or by an assistant has none. They are stripped only when both sides carry theirs
 * (or the one side a created or deleted file has), so a real folder named `a` survives.
 */
function normalizeNames(patch: StructuredPatch): { oldPath?: string; newPath?: string } {
  const oldName = patch.oldFileName === DEV_NULL ? undefined : patch.oldFileName;
  const newName = patch.newFileName === DEV_NULL ? undefined : patch.newFileName;
  const prefixed = (oldName === undefined || oldName.startsWith('a/')) && (newName === undefined || newName.startsWith('b/'));
  const clean = (name: string | undefined, prefix: 'a/' | 'b/'): string | undefined =>
    name === undefined ? undefined : (prefixed ? stripPrefix(name, prefix)! : name).split('\\').join('/');
  return { oldPath: clean(oldName, 'a/'), newPath: clean(newName, 'b/') };
}

function kindOf(patch: StructuredPatch, oldPath: string | undefined, newPath: string | undefined): FilePatchKind {
  if (patch.isBinary) return 'binary';
  if (patch.isCreate || oldPath === undefined) return 'create';
  if (patch.isDelete || newPath === undefined) return 'delete';
  if (patch.isCopy) return 'copy';
  if (patch.isRename || oldPath !== newPath) return 'rename';
  return patch.hunks.length === 0 ? 'mode' : 'edit';
}

/**
 * `git format-patch` ends each mail with `-- ` and git's version. The parser would read that
 * `-- ` as one more removed line; git apply stops at it, and so do we.
 */
function withoutMailSignatures(text: string): string {
  return text.replace(/^-- \r?\n\d+(\.\d+)+\S*\r?\n/gm, '');
}

/**
 * Parses a unified diff as `git diff`, `git format-patch`, `diff -u` and assistants write it.
 * Throws a usage error (exit 2) naming the line when the text is not a diff.
 */
export function parseUnifiedDiff(text: string): FilePatch[] {
  let parsed: StructuredPatch[];
  try {
    parsed = parsePatch(withoutMailSignatures(text));
  } catch (error) {
    throw new CodemorphError('usage', `the patch cannot be parsed: ${(error as Error).message}`);
  }
  const files: FilePatch[] = [];
  for (const patch of parsed) {
    if (patch.oldFileName === undefined && patch.newFileName === undefined) {
      if (patch.hunks.length === 0) continue; // text before the first file header (a mail, a commit message)
      throw new CodemorphError('usage', 'the patch has hunks without file headers (--- a/file, +++ b/file)');
    }
    const { oldPath, newPath } = normalizeNames(patch);
    files.push({ kind: kindOf(patch, oldPath, newPath), oldPath, newPath, hunks: patch.hunks });
  }
  if (files.length === 0) throw new CodemorphError('usage', 'the patch changes no file (is it a unified diff?)');
  return files;
}

/** The hunk header as diffs print it: `@@ -1,3 +1,4 @@`. */
export function hunkHeader(hunk: Pick<StructuredPatchHunk, 'oldStart' | 'oldLines' | 'newStart' | 'newLines'>): string {
  return `@@ -${hunk.oldStart},${hunk.oldLines} +${hunk.newStart},${hunk.newLines} @@`;
}
