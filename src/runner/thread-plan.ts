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
 * Whether a run with a file time limit keeps it on this thread (src/runner/guarded-files.ts)
 * instead of starting a worker to watch, when its passes can be stopped here (interruptiblePasses):
 * - fewer files than a worker pays for (a thread loads TypeScript again, about 0.3 s: a one-file
 *   --check took 0.78 s with one, 0.57 s without), and no more than one thread asked for;
 * - or any number of files by default below MIN_CORES_FOR_THREADS cores, where the default is one
 *   thread: this one, rather than a worker with this thread watching (1M lines, var-to-let-const,
 *   2 cores: 1.93 s against 2.10 s, docs/performance.md). An explicit `--jobs 1` keeps its worker.
 * `fileCount` undefined, not known yet (before discovery): only the second.
 */
export function watchInProcess(fileCount: number | undefined, jobs: number | undefined, interruptible: boolean, cores = defaultJobs()): boolean {
  if (!interruptible) return false;
  if (jobs === undefined && cores < MIN_CORES_FOR_THREADS) return true;
  return fileCount !== undefined && fileCount < MIN_FILES_PER_WORKER && (jobs === undefined || jobs <= 1);
}

/**
 * Up to this many workers, and with a core left for this thread, this thread reads the files for
 * them (and answers those no pre-filter lets through): reading overlaps their parsing. With more,
 * one thread reading would hold them up (reading the 1M-line corpus takes about a fifth of
 * parsing it), and with a worker on every core it would take a core from them (1M lines, 2 cores,
 * --jobs 2: 3.45 s against 3.13 s with workers reading): each worker then reads its own.
 */
const MAIN_READS_UP_TO = 4;

/** Whether the main thread reads the files for the workers (MAIN_READS_UP_TO). */
export function mainReads(workers: number, cores: number): boolean {
  return workers <= MAIN_READS_UP_TO && workers < cores;
}

/**
 * Below 4 cores (MIN_CORES_FOR_THREADS), a bounded run (the main thread runs files too and reads
 * them for the workers) starts a worker only for this much text after the pre-filter per worker;
 * `--jobs N` is an upper bound there. On 2 cores a worker starts slowly (it loads TypeScript,
 * ~0.2 s, and parses at 1.3 MB/s from a cold JIT against 2.9 MB/s in-process, which it slows to
 * 1.8 MB/s: V8's collector and compiler threads want the second core too), and `--jobs 2` lost to
 * in-process at every size measured on the 1M-line corpus: 0 MB parsed 1.36 s against 1.10 s, 1 MB
 * 1.91 against 1.62, 4 MB 3.23 against 2.75 (quiet machine), 26 MB (`$A === $A`) 6.35 against
 * 5.88 (load 2 to 3; medians of 5, docs/performance.md). Hence above the largest size measured.
 */
export const WORKER_MIN_TEXT = 32 * 1024 * 1024;

/** Whether a bounded run's workers wait for WORKER_MIN_TEXT: the main thread reads their files, on fewer than 4 cores. */
export function textGated(plan: ThreadPlan, cores: number): boolean {
  return plan.mainHelps && mainReads(plan.workers, cores) && cores < MIN_CORES_FOR_THREADS;
}

/** The threads a run of two or more files will start whatever their number; undefined when none, or it depends. */
export function prestartCount(jobs: number | undefined, cores: number, watched: boolean, bounded = false): number | undefined {
  // Two files, not one: a pattern run with --jobs 2 is one worker and the main thread from two files on.
  const plan = threadPlan(2, jobs, cores, watched, bounded);
  const { workers } = plan;
  if (textGated(plan, cores)) return undefined; // they start once the run's text is known
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
