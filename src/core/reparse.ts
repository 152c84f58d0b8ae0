import type { Edit } from './edit.js';
import { ts } from './parse.js';

/** A changed span of the old text and what replaces it: one `ts.updateSourceFile` call. */
export interface ChangedRange {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

// The cost model, in units of one full parse of the file (measured on the bench corpus's large
// files, see docs/performance.md "How output is verified"): each incremental call walks every node
// after its range to shift it (~0.25), and the text in its range parses ~3x slower than a full
// parse does (the syntax cursor looks up reusable nodes from the root at every list element).
const CALL_COST = 0.25;
const RANGE_COST_PER_CHAR = 3;
/** Take the incremental path only when it is expected to cost at most this much of a full parse. */
const BUDGET = 0.6;
/** Below this size a full parse takes well under a millisecond and the fixed costs dominate. */
const MIN_TEXT_LENGTH = 8192;

/**
 * The ranges to re-parse for sorted, non-overlapping edits (as applyEdits returns them), or
 * undefined when a full parse is expected to be cheaper. Edits whose gap costs less to re-parse
 * than another call's walk are joined into one range.
 */
export function planReparse(oldText: string, sorted: readonly Edit[]): ChangedRange[] | undefined {
  if (sorted.length === 0 || oldText.length < MIN_TEXT_LENGTH) return undefined;
  const size = oldText.length;
  const ranges: ChangedRange[] = [];
  for (const edit of sorted) {
    const last = ranges.at(-1);
    if (last && ((edit.start - last.end) / size) * RANGE_COST_PER_CHAR <= CALL_COST) {
      ranges[ranges.length - 1] = { start: last.start, end: edit.end, text: last.text + oldText.slice(last.end, edit.start) + edit.text };
    } else {
      ranges.push({ start: edit.start, end: edit.end, text: edit.text });
    }
  }
  const spanned = ranges.reduce((sum, range) => sum + Math.max(range.end - range.start, range.text.length), 0);
  const cost = ranges.length * CALL_COST + (spanned / size) * RANGE_COST_PER_CHAR;
  return cost <= BUDGET ? ranges : undefined;
}

/**
 * The tree of the old tree's text with `ranges` (sorted, non-overlapping) replaced, by TypeScript's
 * incremental parser, which re-uses the old tree's nodes outside the ranges. The new tree has
 * parent pointers and the old tree's script kind and JSDoc parsing mode, like `parseSource` gives
 * (src/runner/incremental-parse.test.ts checks it against full parses of real files).
 *
 * CONSUMES `oldTree`, even when it throws: the incremental parser shifts its nodes' positions and
 * moves them into the new tree, so it may be neither read nor re-parsed again. Only the tree's
 * sole holder may call this.
 */
export function reparseRanges(oldTree: ts.SourceFile, ranges: readonly ChangedRange[]): ts.SourceFile {
  let tree = oldTree;
  let text = oldTree.text;
  // Last range first: the ranges before it keep their offsets in every intermediate text.
  for (let i = ranges.length - 1; i >= 0; i--) {
    const range = ranges[i]!;
    text = text.slice(0, range.start) + range.text + text.slice(range.end);
    const change = ts.createTextChangeRange(ts.createTextSpan(range.start, range.end - range.start), range.text.length);
    tree = ts.updateSourceFile(tree, text, change);
  }
  return tree;
}
