import { Script } from 'node:vm';
import { CodemorphError } from '../core/errors.js';
import { visitIsAsync, type Pass } from '../core/pass.js';
import type { FileResult } from '../core/result.js';

// The per-file time limit (`--file-timeout`) on the thread that runs the files, for runs that keep
// it there rather than start a worker (src/runner/thread-plan.ts watchInProcess; the CLI's runs go
// through src/runner/guarded-files.ts, many files to a call), and for library users' processFile
// with `timeLimitMs` (one call per pass and file: fileGuard). V8 can stop synchronous JavaScript
// only from outside: Node's vm does that for a script run with `timeout` (a watchdog thread calls
// TerminateExecution, which also wakes an Atomics.wait). So the synchronous work runs inside one
// small precompiled script that calls a function left on a global symbol; when
// the time is up, V8 unwinds it (no catch or finally of the pass runs) and the file fails as
// `timeout`, as a watched worker's file does (src/runner/watchdog.ts). Work after an `await`
// runs outside any such call and cannot be stopped: passes with an async `visit` keep the worker.

/** Where the script finds the function to run: a registered symbol, no name a pass could clash with. */
const SLOT = Symbol.for('codemorph.guarded-work');
const SOURCE = "globalThis[Symbol.for('codemorph.guarded-work')]()";
let script: Script | undefined;

/** Times one file's work. Single use: made when the file starts, its clock runs from then. */
export interface FileGuard {
  /** Runs synchronous work, and stops it when the file's time is up: then throws a `timeout` error. */
  run<T>(work: () => T): T;
  /** Waits for a pass's promise at most for the file's time left; a `timeout` error after that. */
  wait<T>(promise: PromiseLike<T>): Promise<T>;
}

/** The failure of a file over the limit, in the words the watchdog uses for a worker's file. */
export function timeoutMessage(limitMs: number): string {
  return `timed out after ${limitMs / 1000} s`;
}

/** A file over the limit, as a result: the same as a watched worker's file gets (src/runner/watchdog.ts). */
export function timedOutResult(path: string, relativePath: string, limitMs: number, passId: string | undefined): FileResult {
  return {
    path,
    relativePath,
    status: 'failed',
    error: { kind: 'timeout', message: timeoutMessage(limitMs), ...(passId ? { passId } : {}) },
    warnings: [],
    stats: {},
  };
}

function timedOut(limitMs: number): CodemorphError {
  return new CodemorphError('timeout', timeoutMessage(limitMs));
}

/** What runWithin gives when V8 stopped the work. */
export const STOPPED: unique symbol = Symbol('stopped');

/**
 * `work()` on this thread, stopped after `ms`: its value, or STOPPED. Each call starts a watchdog
 * thread (Node's vm), about 0.15 ms on the 2-core machines: a run of many files makes one call
 * for many of them (src/runner/guarded-files.ts), not one per file.
 */
export function runWithin<T>(ms: number, work: () => T): T | typeof STOPPED {
  script ??= new Script(SOURCE, { filename: 'codemorph-file-timeout' });
  const global = globalThis as Record<symbol, unknown>;
  global[SLOT] = work;
  try {
    return script.runInThisContext({ timeout: ms }) as T;
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') return STOPPED;
    throw error;
  } finally {
    global[SLOT] = undefined;
  }
}

export function fileGuard(limitMs: number): FileGuard {
  const deadline = performance.now() + limitMs;
  const left = (): number => Math.ceil(deadline - performance.now());
  return {
    run<T>(work: () => T): T {
      const ms = left();
      if (ms <= 0) throw timedOut(limitMs);
      const value = runWithin(ms, work);
      if (value === STOPPED) throw timedOut(limitMs);
      return value;
    },
    async wait<T>(promise: PromiseLike<T>): Promise<T> {
      const value = await waitWithin(left(), promise);
      if (value === STOPPED) throw timedOut(limitMs);
      return value;
    },
  };
}

/** The promise's value, or STOPPED when `ms` pass first (what it runs goes on: nothing can stop it). */
export function waitWithin<T>(ms: number, promise: PromiseLike<T>): Promise<T | typeof STOPPED> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<typeof STOPPED>((resolve) => {
    timer = setTimeout(() => resolve(STOPPED), Math.max(0, ms));
  });
  return Promise.race([promise, expired]).finally(() => clearTimeout(timer));
}

/**
 * Whether every pass can be timed on this thread: none has an async `visit` (its work after an
 * `await` would run outside the guard). A plain function that returns a promise is waited for
 * with the time left; what its callbacks run is not stopped (an async visit is the usual form).
 */
export function interruptiblePasses(passes: readonly { readonly pass: Pass }[]): boolean {
  return passes.every(({ pass }) => pass.scope === 'file' && !visitIsAsync(pass));
}
