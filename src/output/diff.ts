import { lineStarts } from '../core/lines.js';
import type { ChangedFile } from '../core/result.js';
import { lineHunks } from './line-diff.js';

export interface DiffHunk {
  readonly oldStart: number;
  readonly oldLines: number;
  readonly newStart: number;
  readonly newLines: number;
  /** Lines prefixed with ' ', '-', '+' or '\' (no newline at end of file), without line breaks. */
  readonly lines: readonly string[];
  /** The passes whose edits fall inside this hunk. */
  readonly passes: readonly string[];
}

export interface FileDiff {
  /** Path before, relative to where the diff is shown; undefined for a created file. */
  readonly oldPath?: string;
  /** Path after; undefined for a deleted file. */
  readonly newPath?: string;
  readonly hunks: readonly DiffHunk[];
}

/** 1-based line of an offset, by binary search over line starts. */
function lineOf(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low + 1;
}

/**
 * The unified diff of one changed file, each hunk attributed to the passes whose edits land in
 * it. Pure: no IO, no colour. `displayPath` maps absolute paths to how they are shown.
 */
export function diffFile(result: ChangedFile, displayPath: (absolute: string) => string, context = 3): FileDiff {
  const oldPath =
    result.operation === 'create' ? undefined : displayPath(result.operation === 'move' ? result.previousPath! : result.path);
  const newPath = result.operation === 'delete' ? undefined : displayPath(result.path);
  const patchHunks = lineHunks(result.before, result.after, context);
  const starts = lineStarts(result.after);
  const spans = result.attribution.flatMap((entry) =>
    entry.ranges.map((range) => ({
      passId: entry.passId,
      first: lineOf(starts, range.start),
      last: lineOf(starts, Math.max(range.start, range.end - 1)),
    })),
  );
  const hunks = patchHunks.map((hunk): DiffHunk => {
    const first = hunk.newStart;
    const last = hunk.newStart + Math.max(hunk.newLines, 1) - 1;
    const passes = [...new Set(spans.filter((span) => span.first <= last && span.last >= first).map((span) => span.passId))];
    return {
      oldStart: hunk.oldStart,
      oldLines: hunk.oldLines,
      newStart: hunk.newStart,
      newLines: hunk.newLines,
      lines: hunk.lines,
      passes: passes.length > 0 ? passes : [...result.passes],
    };
  });
  return { oldPath, newPath, hunks };
}

function range(start: number, lines: number): string {
  // Unified diff convention: an empty range is shown at the line before it.
  if (lines === 0) return `${start === 0 ? 0 : start},0`;
  return lines === 1 ? `${start}` : `${start},${lines}`;
}

export function hunkHeader(hunk: DiffHunk): string {
  const oldStart = hunk.oldLines === 0 ? hunk.oldStart - 1 : hunk.oldStart;
  const newStart = hunk.newLines === 0 ? hunk.newStart - 1 : hunk.newStart;
  return `@@ -${range(Math.max(oldStart, 0), hunk.oldLines)} +${range(Math.max(newStart, 0), hunk.newLines)} @@`;
}

/** The git-style header lines of a file diff (`git apply` accepts them). */
export function fileHeader(diff: FileDiff): string[] {
  const a = diff.oldPath ?? diff.newPath!;
  const b = diff.newPath ?? diff.oldPath!;
  const lines = [`diff --git a/${a} b/${b}`];
  if (!diff.oldPath) lines.push('new file mode 100644');
  if (!diff.newPath) lines.push('deleted file mode 100644');
  if (diff.oldPath && diff.newPath && diff.oldPath !== diff.newPath) {
    lines.push(`rename from ${diff.oldPath}`, `rename to ${diff.newPath}`);
  }
  if (diff.hunks.length > 0) {
    lines.push(diff.oldPath ? `--- a/${diff.oldPath}` : '--- /dev/null', diff.newPath ? `+++ b/${diff.newPath}` : '+++ /dev/null');
  }
  return lines;
}

/** Plain unified diff text for one file, each line ending in '\n'. */
export function formatFileDiff(diff: FileDiff): string {
  const out = fileHeader(diff);
  for (const hunk of diff.hunks) out.push(hunkHeader(hunk), ...hunk.lines);
  return out.map((line) => `${line}\n`).join('');
}
