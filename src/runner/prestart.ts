import { existsSync } from 'node:fs';
import { prefetchTypeScript } from '../core/typescript-file.cjs';
import { cacheFile, runKey } from './cache.js';
import { interruptiblePasses } from './guard.js';
import { workerFile } from './pool.js';
import type { RunOptions } from './run.js';
import { boundedRun, defaultJobs, fileLimitMs, inProcessAtAnySize, prestartCount, watchInProcess, type PoolOptions } from './thread-plan.js';
// Types only: piscina and the watchdog load when a run starts threads (not for a small run's start-up).
import type { WorkerPool } from './worker-pool.js';

// What the CLI does before discovery for a syntax run: start its worker threads, or have
// TypeScript read for a run that will parse on the main thread.

/** What the CLI adds: worker threads started before discovery (`prestartPool`), which the run uses or closes. */
export interface PrestartedRunOptions extends RunOptions {
  readonly pool?: WorkerPool;
}

/** Closes the threads a run that will not use them was given (a type-aware run). */
export async function closePrestarted(options: RunOptions): Promise<void> {
  await (options as PrestartedRunOptions).pool?.close();
}

/**
 * Starts a syntax run's worker threads before its files are known, when how many it will start
 * does not depend on how many files there are (the default on fewer than 4 cores with a file time
 * limit: one thread). Its threads load TypeScript and the passes while the main thread discovers
 * the files. Undefined when the run will not use threads, their number depends on the files, or
 * a warm cache may make them unneeded, or `knownFiles` (at most this many files: every path
 * named is a file) makes it a run this thread watches itself (watchInProcess). Pass it to `run` as
 * `options.pool`; `run` closes it. A run certain to parse on this thread instead has TypeScript
 * read meanwhile (prefetchTypeScript), off this thread.
 */
export async function prestartPool(options: PoolOptions & Pick<RunOptions, 'jobs'> & { readonly knownFiles?: number }): Promise<WorkerPool | undefined> {
  if (options.steps.some((step) => step.pass.needs === 'types')) return undefined;
  // A warm cache may answer every file, and then no thread is needed: they start on the first miss.
  if (options.cache && existsSync(cacheFile(options.root, runKey(options.steps, { maxRounds: options.maxRounds })))) return undefined;
  const limited = fileLimitMs(options) !== undefined;
  const bounded = boundedRun(options);
  const filename = workerFile();
  // A small run whose time limit this thread keeps (runSyntax) starts no thread at all.
  const here = !filename || (limited && watchInProcess(options.knownFiles, options.jobs, !bounded && interruptiblePasses(options.steps)));
  const workers = here ? undefined : prestartCount(options.jobs, defaultJobs(), limited, bounded);
  if (here || (workers === undefined && inProcessAtAnySize(options.jobs, defaultJobs(), limited, bounded))) {
    void prefetchTypeScript();
    return undefined;
  }
  if (workers === undefined) return undefined;
  const { WorkerPool: Pool } = await import('./worker-pool.js');
  return new Pool(options, workers, filename!).start();
}
