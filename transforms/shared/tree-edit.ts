/** Text edits in positions of the checker's tree of a file, and how they combine. Not a pass. */

/** One text edit in positions of the checker's tree of the file. */
export interface TreeEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * Insertions at one position joined into one, in the order given (fields of a class body, say),
 * so that order does not depend on how edits are sorted later.
 */
export function mergeInsertions(edits: readonly TreeEdit[]): TreeEdit[] {
  const merged: TreeEdit[] = [];
  for (const edit of edits) {
    const same = edit.start === edit.end ? merged.findIndex((other) => other.start === edit.start && other.end === edit.start) : -1;
    if (same === -1) merged.push(edit);
    else merged[same] = { ...merged[same]!, text: merged[same]!.text + edit.text };
  }
  return merged;
}

/** `text` with the edits applied (positions in `text`; they must not overlap). */
export function applyTreeEdits(text: string, edits: readonly TreeEdit[]): string {
  let result = text;
  for (const edit of mergeInsertions(edits).sort((a, b) => b.start - a.start || b.end - a.end)) {
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  }
  return result;
}

/** Two edits clash when their ranges overlap, or one inserts inside the other's range. */
export function clash(x: TreeEdit, y: TreeEdit): boolean {
  if (x.start === x.end && y.start === y.end) return false; // insertions at one position: kept in order
  return (x.start < y.end && y.start < x.end) || (x.start === y.start && (x.start === x.end || y.start === y.end));
}

export function overlaps(a: readonly TreeEdit[], b: readonly TreeEdit[]): boolean {
  return a.some((x) => b.some((y) => clash(x, y)));
}

export function selfOverlaps(edits: readonly TreeEdit[]): boolean {
  return edits.some((x, index) => edits.slice(index + 1).some((y) => clash(x, y)));
}
