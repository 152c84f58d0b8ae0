import type { Edit, RangeLike, TextRange } from './edit.js';

/** What an edit can be anchored to: a node, a range, or a position-carrying object. */
export type EditTarget = RangeLike | TextRange | { pos: number; end: number; getStart?: never };

/** Records edits for one file against its unchanged text. Never applies them itself. */
export interface EditSink {
  replace(target: EditTarget, text: string): void;
  insertBefore(target: EditTarget | number, text: string): void;
  insertAfter(target: EditTarget | number, text: string): void;
  remove(target: EditTarget): void;
  replaceRange(start: number, end: number, text: string): void;
  /** Edits recorded so far, in recording order. */
  readonly recorded: readonly Edit[];
}

function rangeOf(target: EditTarget, sourceFile: unknown): TextRange {
  if ('getStart' in target && typeof target.getStart === 'function') {
    return { start: target.getStart(sourceFile), end: target.getEnd() };
  }
  if ('start' in target) return { start: target.start, end: target.end };
  return { start: (target as { pos: number }).pos, end: (target as { end: number }).end };
}

/**
 * `sourceFile` is passed to `node.getStart()` so raw compiler nodes need no parent walk;
 * ranges exclude leading trivia (comments stay where they are).
 */
export function createEditSink(passId: string, sourceFile?: unknown): EditSink {
  const recorded: Edit[] = [];
  const record = (start: number, end: number, text: string): void => {
    recorded.push({ start, end, text, passId });
  };
  return {
    recorded,
    replace(target, text) {
      const { start, end } = rangeOf(target, sourceFile);
      record(start, end, text);
    },
    insertBefore(target, text) {
      const at = typeof target === 'number' ? target : rangeOf(target, sourceFile).start;
      record(at, at, text);
    },
    insertAfter(target, text) {
      const at = typeof target === 'number' ? target : rangeOf(target, sourceFile).end;
      record(at, at, text);
    },
    remove(target) {
      const { start, end } = rangeOf(target, sourceFile);
      record(start, end, '');
    },
    replaceRange(start, end, text) {
      record(start, end, text);
    },
  };
}
