// The line diff alone (diff's index loads its 19 modules; a one-file --check pays for each).
import { diffLines } from 'diff/lib/diff/line.js';
import type { Edit } from './edit.js';

/**
 * Turns a before/after pair of texts into edits against `before`, one per changed run of lines.
 * Used where a transform hands back whole new text (jscodeshift, the ts-morph escape hatch), so
 * the rest of the pipeline (attribution, next pass, verify) sees ordinary edits.
 */
export function textToEdits(before: string, after: string, passId: string): Edit[] {
  if (before === after) return [];
  // Trim the common prefix/suffix by whole lines first: diffLines is O(N*D) and most files change little.
  let prefix = 0;
  const max = Math.min(before.length, after.length);
  while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  prefix = before.lastIndexOf('\n', prefix - 1) + 1;
  let suffix = 0;
  const maxSuffix = Math.min(before.length, after.length) - prefix;
  while (
    suffix < maxSuffix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  ) {
    suffix++;
  }
  // Keep the suffix on a line boundary so edits cover whole lines.
  const tail = before.slice(before.length - suffix);
  const firstNewline = tail.indexOf('\n');
  suffix = firstNewline === -1 ? 0 : suffix - (firstNewline + 1);
  const oldMiddle = before.slice(prefix, before.length - suffix);
  const newMiddle = after.slice(prefix, after.length - suffix);

  const edits: Edit[] = [];
  let offset = prefix;
  let pending: { start: number; end: number; text: string } | undefined;
  const flush = (): void => {
    if (pending) edits.push({ ...pending, passId });
    pending = undefined;
  };
  for (const change of diffLines(oldMiddle, newMiddle)) {
    if (change.added) {
      pending ??= { start: offset, end: offset, text: '' };
      pending.text += change.value;
    } else if (change.removed) {
      pending ??= { start: offset, end: offset, text: '' };
      offset += change.value.length;
      pending.end = offset;
    } else {
      flush();
      offset += change.value.length;
    }
  }
  flush();
  return edits;
}
