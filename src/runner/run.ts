import { relative } from 'node:path';
import type { FileResult } from '../core/result.js';
import type { LoadedStep } from '../workspace/steps.js';
import { runSyntax } from './pool.js';
import { closePrestarted } from './prestart.js';

export interface RunOptions {
  /** Project root: relative paths in results, and the confinement boundary. */
  readonly root: string;
  readonly files: readonly string[];
  readonly steps: readonly LoadedStep[];
  readonly maxRounds?: number;
  readonly maxFileSize?: number;
  readonly verbose?: boolean;
  /** tsconfig for passes that need types (default: nearest to the root). */
  readonly tsconfig?: string;
  /** Called as each file finishes (progress). */
  readonly onFile?: (result: FileResult, done: number, total: number) => void;
  /** Worker threads for syntax runs (1: in-process unless fileTimeoutMs is set and the run is not small; default: one per core on large runs). */
  readonly jobs?: number;
  /** Reuse outcomes of unchanged files from `.codemorph/cache` (syntax runs only). */
  readonly cache?: boolean;
  /**
   * Fail a file whose passes run longer than this (kind 'timeout') and go on: syntax runs then
   * use at least one worker thread, the main thread watching (src/runner/watchdog.ts), except
   * small runs of passes without an async visit, which keep the limit in-process
   * (src/runner/guard.ts, thread-plan.ts watchInProcess). Threads need the compiled worker
   * (dist/); ignored by type-aware runs. Default: no limit (the CLI sets one).
   */
  readonly fileTimeoutMs?: number;
}

export function relativePath(root: string, path: string): string {
  return relative(root, path).split('\\').join('/');
}

/** True when some pass needs the type checker or works across files. */
export function needsProject(steps: readonly LoadedStep[]): boolean {
  return steps.some((step) => step.pass.needs === 'types'); // project passes always need types
}

/**
 * Runs the steps over the files and yields one result per file as it finishes (changed,
 * unchanged, skipped or failed), in file order. Syntax-only runs stream through worker threads
 * (src/runner/pool.ts), so memory stays bounded; runs with type-aware passes load a ts-morph Project once.
 */
export async function* run(options: RunOptions): AsyncGenerator<FileResult> {
  if (needsProject(options.steps)) {
    // Loaded on demand: syntax runs never need ts-morph's Project on this thread.
    await closePrestarted(options);
    const { runProject } = await import('./project-run.js');
    yield* runProject(options);
    return;
  }
  yield* runSyntax(options);
}
