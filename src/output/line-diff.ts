import { structuredPatch, type StructuredPatchHunk } from 'diff';
import { lineStarts } from '../core/lines.js';

/**
 * The hunks of a line diff, as the `diff` package's structuredPatch gives them, but cut into
 * independent pieces first on large files. Myers' algorithm costs the file's length times the
 * number of changed lines: on lodash.js (17,000 lines, 870 `var`s changed) one call took 0.8 s,
 * most of a 1M-line run's reporting time. Cut at the middle of runs of identical lines that
 * both versions share at a line unique to each, the pieces are diffed alone and their hunks
 * shifted back into place. A run of at least 2 × context + 1 equal lines never joins two hunks,
 * so the cut changes no hunk boundary; every piece starts and ends on a shared line, so the
 * result is a valid patch of the whole file.
 */
export function lineHunks(before: string, after: string, context: number): StructuredPatchHunk[] {
  const a = lineBounds(before);
  const b = lineBounds(after);
  if (a.length < SMALL_FILE_LINES && b.length < SMALL_FILE_LINES) return patch(before, after, context);
  const cuts = cutPoints(before, after, a, b, 2 * context + 1);
  if (cuts.length === 0) return patch(before, after, context);
  const hunks: StructuredPatchHunk[] = [];
  let fromA = 0;
  let fromB = 0;
  for (const [lineA, lineB] of [...cuts, [a.length - 1, b.length - 1] as const]) {
    const last = lineA === a.length - 1;
    const pieceA = before.slice(a[fromA], last ? before.length : a[lineA]);
    const pieceB = after.slice(b[fromB], last ? after.length : b[lineB]);
    if (pieceA !== pieceB) {
      for (const hunk of patch(pieceA, pieceB, context)) {
        hunks.push({ ...hunk, oldStart: hunk.oldStart + fromA, newStart: hunk.newStart + fromB });
      }
    }
    fromA = lineA;
    fromB = lineB;
  }
  return hunks;
}

/** Below this many lines a file is diffed in one piece (fast enough, and exactly as before). */
const SMALL_FILE_LINES = 2000;

function patch(before: string, after: string, context: number): StructuredPatchHunk[] {
  return structuredPatch('a', 'b', before, after, '', '', { context }).hunks;
}

/** Line starts plus one past the end, so line i is [starts[i], starts[i + 1]). */
function lineBounds(text: string): number[] {
  const starts = lineStarts(text);
  if (starts[starts.length - 1] !== text.length) starts.push(text.length);
  return starts;
}

function lineAt(text: string, starts: readonly number[], index: number): string {
  return text.slice(starts[index], starts[index + 1]);
}

/** Lines that occur exactly once in the text, with their index. */
function uniqueLines(text: string, starts: readonly number[]): Map<string, number> {
  const seen = new Map<string, number>();
  for (let i = 0; i < starts.length - 1; i++) {
    const line = lineAt(text, starts, i);
    seen.set(line, seen.has(line) ? -1 : i);
  }
  return seen;
}

/**
 * Pairs of line indexes (a line of `before`, the same line of `after`) in the middle of equal
 * runs at least `minRun` long, increasing in both texts. Runs are found around lines unique to
 * both texts (patience diff's anchors), taken greedily in order.
 */
function cutPoints(before: string, after: string, a: readonly number[], b: readonly number[], minRun: number): Array<readonly [number, number]> {
  const linesA = a.length - 1;
  const linesB = b.length - 1;
  const inA = uniqueLines(before, a);
  const inB = uniqueLines(after, b);
  const cuts: Array<readonly [number, number]> = [];
  let doneA = 0;
  let doneB = 0;
  for (let i = 0; i < linesA; i++) {
    if (i < doneA) continue;
    const line = lineAt(before, a, i);
    if (inA.get(line) !== i) continue;
    const j = inB.get(line);
    if (j === undefined || j < doneB) continue;
    // The equal run around the anchor, not crossing the previous cut's run.
    let start = 0;
    while (i - start - 1 >= doneA && j - start - 1 >= doneB && lineAt(before, a, i - start - 1) === lineAt(after, b, j - start - 1)) start++;
    let end = 1;
    while (i + end < linesA && j + end < linesB && lineAt(before, a, i + end) === lineAt(after, b, j + end)) end++;
    doneA = i + end;
    doneB = j + end;
    const length = start + end;
    if (length < minRun) continue;
    const middle = Math.floor(length / 2);
    const cutA = i - start + middle;
    const cutB = j - start + middle;
    if (cutA > 0 && cutB > 0) cuts.push([cutA, cutB]);
  }
  return cuts;
}
