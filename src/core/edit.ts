/**
 * A text edit recorded against the unchanged text of one file: replace [start, end) with `text`.
 * Insertions have start === end; removals have text === ''.
 */
export interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The pass that recorded the edit; every diff hunk is attributed through it. */
  readonly passId: string;
}

/** Anything with a text range: a raw `ts.Node`, a ts-morph node, or a plain range. */
export interface RangeLike {
  getStart(sourceFile?: unknown): number;
  getEnd(): number;
}

export interface TextRange {
  readonly start: number;
  readonly end: number;
}
