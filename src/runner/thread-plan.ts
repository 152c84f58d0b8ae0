import { availableParallelism } from 'node:os';
import type { RunOptions } from './run.js';

// How many threads run a syntax run's files: worker threads, and whether the main thread helps.

/** Below this many files per worker, starting threads (each loads TypeScript) costs more than it saves. */
export const MIN_FILES_PER_WORKER = 32;
/** The default for `--jobs`: one worker per core. */
export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

/**
 * Cores below which the default is in-process. Each thread loads TypeScript and warms up its own
 * JIT; on 2 cores that never paid back: `npm run bench`, 1M lines, --jobs 2 took 2.76 s wall /
 * 4.7 s CPU against 2.41 s / 3.6 s in-process (docs/performance.md).
 */
const MIN_CORES_FOR_THREADS = 4;

/**
 * How many workers a run gets: 0 means in-process. An explicit `--jobs` is taken as asked. A
 * watched run (a file time limit) gets at least one: a pass that never returns can only be
 * stopped on a thread of its own, with the main thread watching.
 */
export function workerCount(fileCount: number, jobs: number | undefined, cores = defaultJobs(), watched = false): number {
  const floor = watched ? 1 : 0;
  if (jobs !== undefined) return Math.max(floor, jobs <= 1 ? 0 : Math.min(jobs, Math.max(1, fileCount)));
  if (cores < MIN_CORES_FOR_THREADS) return floor;
  const useful = Math.floor(fileCount / MIN_FILES_PER_WORKER);
  return Math.max(floor, useful < 2 ? 0 : Math.min(cores, useful));
}

/** The threads that run files: worker threads, and whether the main thread runs some itself. */
export interface ThreadPlan {
  readonly workers: number;
  readonly mainHelps: boolean;
}

/**
 * With passes that always finish (`Pass.bounded`), no file needs a time limit, which only a
 * worker thread could enforce: the main thread runs files too. One thread's worth of work (the
 * default below 4 cores, `--jobs 1`) runs there, in-process; with more, `--jobs N` is N - 1
 * workers and the main thread, which takes a batch whenever the workers have enough queued. On 2
 * cores, 1M lines, `void 0`: in-process 2.6 s, one worker 3.0 s (it loads TypeScript again; the
 * main thread has it loaded to compile the pattern), two workers 3.4 s (docs/performance.md).
 */
export function threadPlan(fileCount: number, jobs: number | undefined, cores: number, watched: boolean, bounded: boolean): ThreadPlan {
  if (!bounded) return { workers: workerCount(fileCount, jobs, cores, watched), mainHelps: false };
  const threads = workerCount(fileCount, jobs, cores, false);
  return threads <= 1 ? { workers: 0, mainHelps: false } : { workers: threads - 1, mainHelps: true };
}

/** Whether every pass of the run always finishes, so the main thread may run files beside the workers. */
export function boundedRun(options: Pick<RunOptions, 'steps'>): boolean {
  return options.steps.length > 0 && options.steps.every((step) => step.pass.bounded === true);
}

/**
 * Whether a run with a file time limit keeps it on this thread (src/runner/guard.ts) instead of
 * starting a worker to watch: fewer files than a worker pays for (a thread loads TypeScript
 * again, about 0.3 s: a one-file --check took 0.78 s with one, 0.57 s without), no more than one
 * thread asked for, and passes that can be stopped here (interruptiblePasses). `fileCount`
 * undefined, not known yet (before discovery): no.
 */
export function watchInProcess(fileCount: number | undefined, jobs: number | undefined, interruptible: boolean): boolean {
  return interruptible && fileCount !== undefined && fileCount < MIN_FILES_PER_WORKER && (jobs === undefined || jobs <= 1);
}

/** The threads a run of two or more files will start whatever their number; undefined when none, or it depends. */
export function prestartCount(jobs: number | undefined, cores: number, watched: boolean, bounded = false): number | undefined {
  // Two files, not one: a pattern run with --jobs 2 is one worker and the main thread from two files on.
  const { workers } = threadPlan(2, jobs, cores, watched, bounded);
  return workers > 0 && threadPlan(Number.MAX_SAFE_INTEGER, jobs, cores, watched, bounded).workers === workers ? workers : undefined;
}


/** Whether a run uses no worker threads whatever its number of files. */
export function inProcessAtAnySize(jobs: number | undefined, cores: number, watched: boolean, bounded: boolean): boolean {
  return threadPlan(1, jobs, cores, watched, bounded).workers === 0 && threadPlan(Number.MAX_SAFE_INTEGER, jobs, cores, watched, bounded).workers === 0;
}

/**
 * Who runs the next batch of a bounded run where this thread works beside the workers: this
 * thread, when it is free and each worker has queued at least as much text as the batch (this
 * thread is busy for the batch's length and cannot hand the workers more meanwhile: piscina
 * passes them work only on this thread's turns); a worker, while its queue is shorter than what
 * this thread is busy with; otherwise it waits. Queues stay short, so the run ends with every
 * thread busy: 1M lines, `$A && $A.$B`, --jobs 2, queues of two batches left the worker idle a
 * third of the time, and of 1 MB left this thread idle for the last 0.7 s.
 */
export function placeHelped(
  bytes: number,
  queue: { readonly batches: number; readonly bytes: number },
  here: { readonly busy: boolean; readonly bytes: number },
  workers: number,
  maxBatches: number,
): 'here' | 'worker' | 'wait' {
  const perWorker = queue.bytes / workers;
  // Free, this thread never waits: it takes the batch or a worker does (unless their queues are full).
  if (!here.busy) return queue.batches > 0 && perWorker >= bytes ? 'here' : queue.batches < maxBatches ? 'worker' : 'wait';
  return queue.batches < maxBatches && perWorker < here.bytes ? 'worker' : 'wait';
}

/**
 * Batches queued per worker: results come out in file order, so a slow batch at the head holds
 * the others' results; enough slack keeps the other workers busy meanwhile, and small batches
 * keep what is held (and the imbalance at the end of a run) small.
 */
export const BATCHES_PER_WORKER = 8;
/**
 * Batches queued per worker when the main thread runs files too (bounded passes, src/runner/pool.ts):
 * there the queue is measured in text, and its batches, cut short by the files no pre-filter lets
 * through, are small.
 */
export const HELPED_BATCHES_PER_WORKER = 64;

/** How many batches a worker of this run may have queued. */
export function batchesPerWorker(options: Pick<RunOptions, 'steps'>): number {
  return boundedRun(options) ? HELPED_BATCHES_PER_WORKER : BATCHES_PER_WORKER;
}

/** What a pool needs besides the files: everything in a run's options but them. */
export type PoolOptions = Pick<RunOptions, 'root' | 'steps' | 'maxRounds' | 'maxFileSize' | 'verbose' | 'cache' | 'fileTimeoutMs'>;

/** The per-file time limit of a run, if it has one. */
export function fileLimitMs(options: Pick<RunOptions, 'fileTimeoutMs'>): number | undefined {
  return options.fileTimeoutMs !== undefined && options.fileTimeoutMs > 0 ? options.fileTimeoutMs : undefined;
}
