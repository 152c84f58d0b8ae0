/**
 * Typed errors with evidence. One table (`EXIT_CODES`) maps each kind to the CLI exit code;
 * library code throws these and never exits or prints.
 */
export type ErrorKind =
  | 'usage' // bad flag, bad option value, unknown transform
  | 'edit-overlap' // a pass recorded overlapping edits
  | 'pass-threw' // a pass threw while visiting a file
  | 'timeout' // a file took longer than --file-timeout (its worker thread was stopped)
  | 'verify' // output does not parse (or adds type errors)
  | 'confinement' // a write/move/create outside the project root
  | 'load' // a transform or recipe could not be loaded
  | 'io'; // a file could not be read or written

export const EXIT_CODES: Readonly<Record<ErrorKind, number>> = {
  usage: 2,
  'edit-overlap': 2,
  'pass-threw': 2,
  timeout: 2,
  verify: 2,
  confinement: 2,
  load: 2,
  io: 2,
};

export class CodemorphError extends Error {
  readonly kind: ErrorKind;
  readonly path?: string;
  readonly passId?: string;
  readonly hint?: string;

  constructor(
    kind: ErrorKind,
    message: string,
    details: { path?: string; passId?: string; hint?: string; cause?: unknown } = {},
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'CodemorphError';
    this.kind = kind;
    this.path = details.path;
    this.passId = details.passId;
    this.hint = details.hint;
  }
}

export class UsageError extends CodemorphError {
  constructor(message: string, details: { passId?: string; hint?: string } = {}) {
    super('usage', message, details);
    this.name = 'UsageError';
  }
}

/** The failure of a file no tsconfig project selects, in a multi-project type-aware run. */
export const NOT_IN_PROJECT = 'no tsconfig project selects this file (see codemorph projects); not checked';

/**
 * The project a project pass is visiting does not hold the file the pass starts from. In a
 * monorepo run each tsconfig project is visited in turn: a project that cannot see the target is
 * skipped, and the error stands only when no project can see it.
 */
export class NotInProjectError extends UsageError {
  constructor(message: string, details: { passId?: string; hint?: string } = {}) {
    super(message, details);
    this.name = 'NotInProjectError';
  }
}

export function isCodemorphError(error: unknown): error is CodemorphError {
  return error instanceof CodemorphError;
}

/** The first line of an error's message: what the CLI prints without --verbose. */
export function errorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? message;
}
