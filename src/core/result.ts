import type { TextRange } from './edit.js';
import type { ErrorKind } from './errors.js';

export interface Warning {
  readonly passId: string;
  readonly message: string;
  readonly line?: number;
  readonly column?: number;
}

/** Which pass changed which ranges, in the coordinates of the final text. */
export interface Attribution {
  readonly passId: string;
  readonly ranges: readonly TextRange[];
}

export interface ResultError {
  readonly kind: ErrorKind;
  readonly message: string;
  readonly passId?: string;
  readonly stack?: string;
}

export type Stats = Record<string, number>;

export interface ResultBase {
  /** Absolute path. */
  readonly path: string;
  /** Relative to the project root, forward slashes. */
  readonly relativePath: string;
  readonly warnings: readonly Warning[];
  readonly stats: Stats;
}

/**
 * One file's outcome. Plain data (structured-clone safe) so worker threads can send it back.
 * `operation` is 'edit' for an in-place change; project-level passes may create, delete or move.
 */
export type FileResult =
  | (ResultBase & {
      readonly status: 'changed';
      readonly operation: 'edit' | 'create' | 'delete' | 'move';
      /** For a move: where the file was. */
      readonly previousPath?: string;
      readonly before: string;
      readonly after: string;
      /** Ids of the passes that changed the file, in the order they ran. */
      readonly passes: readonly string[];
      readonly attribution: readonly Attribution[];
    })
  | (ResultBase & { readonly status: 'unchanged' })
  | (ResultBase & {
      readonly status: 'skipped';
      readonly reason: string;
      /** Set when passes declined the file (`ctx.skip`, a jscodeshift transform returning null); absent when it was never run (too large, does not parse). */
      readonly passes?: readonly string[];
    })
  | (ResultBase & { readonly status: 'failed'; readonly error: ResultError });

export type FileStatus = FileResult['status'];
export type ChangedFile = Extract<FileResult, { status: 'changed' }>;
