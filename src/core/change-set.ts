import type { Edit, TextRange } from './edit.js';
import { CodemorphError } from './errors.js';

function describe(edit: Edit): string {
  return `[${edit.start}, ${edit.end}) by ${edit.passId}`;
}

/**
 * Sorts edits, drops no-ops, and rejects overlaps (the error names both ranges and passes).
 * Insertions at the same offset keep the order they were recorded in.
 */
export function normalizeEdits(text: string, edits: readonly Edit[], path?: string): Edit[] {
  const indexed = edits
    .map((edit, index) => ({ edit, index }))
    .filter(({ edit }) => {
      if (edit.start < 0 || edit.end > text.length || edit.start > edit.end) {
        throw new CodemorphError('edit-overlap', `edit ${describe(edit)} is outside the file (length ${text.length})`, {
          path,
          passId: edit.passId,
        });
      }
      return text.slice(edit.start, edit.end) !== edit.text;
    });
  indexed.sort((a, b) => a.edit.start - b.edit.start || a.edit.end - b.edit.end || a.index - b.index);
  const sorted = indexed.map(({ edit }) => edit);
  for (let i = 1; i < sorted.length; i++) {
    const previous = sorted[i - 1]!;
    const current = sorted[i]!;
    // Zero-width insertions may touch a range at either boundary; anything else sharing text overlaps.
    const overlaps = current.start < previous.end && !(current.start === current.end && current.start === previous.start);
    if (overlaps) {
      throw new CodemorphError('edit-overlap', `overlapping edits ${describe(previous)} and ${describe(current)}`, {
        path,
        passId: current.passId,
      });
    }
  }
  return sorted;
}

/** Splices sorted, non-overlapping edits into the text in one pass. */
export function spliceEdits(text: string, sorted: readonly Edit[]): string {
  if (sorted.length === 0) return text;
  const parts: string[] = [];
  let cursor = 0;
  for (const edit of sorted) {
    parts.push(text.slice(cursor, edit.start), edit.text);
    cursor = edit.end;
  }
  parts.push(text.slice(cursor));
  return parts.join('');
}

export interface AppliedEdits {
  readonly text: string;
  /** The edits actually applied, sorted, in the coordinates of the input text. */
  readonly edits: readonly Edit[];
  /** Where each applied edit landed in the output text. */
  readonly changedRanges: readonly TextRange[];
}

/** Applies edits recorded against `text` once: normalize, splice, and note where they landed. */
export function applyEdits(text: string, edits: readonly Edit[], path?: string): AppliedEdits {
  const sorted = normalizeEdits(text, edits, path);
  const changedRanges: TextRange[] = [];
  let delta = 0;
  for (const edit of sorted) {
    const start = edit.start + delta;
    changedRanges.push({ start, end: start + edit.text.length });
    delta += edit.text.length - (edit.end - edit.start);
  }
  return { text: spliceEdits(text, sorted), edits: sorted, changedRanges };
}

/** Maps an offset in the text before `edits` were applied to the text after. */
export function mapOffset(offset: number, sorted: readonly Edit[]): number {
  let delta = 0;
  for (const edit of sorted) {
    if (edit.end <= offset && !(edit.start === edit.end && edit.start === offset)) {
      delta += edit.text.length - (edit.end - edit.start);
    } else if (edit.start < offset) {
      // Inside a replaced range: pin to the end of its replacement.
      return edit.start + delta + edit.text.length;
    } else break;
  }
  return offset + delta;
}
