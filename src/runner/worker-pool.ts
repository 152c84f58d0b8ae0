import { Piscina } from 'piscina';
import { batchesPerWorker, boundedRun, fileLimitMs, HELPED_BATCHES_PER_WORKER, type PoolOptions } from './thread-plan.js';
import { Watchdog } from './watchdog.js';
import { relativePath, stepSpec, type FileOutput, type ReadFile, type WorkerSetup, type WorkerTask } from './file-runtime.js';

/** Batches a worker holds at once in a bounded run (piscina's concurrentTasksPerWorker). */
const HELPED_TASKS_PER_WORKER = HELPED_BATCHES_PER_WORKER;

/**
 * V8 grows a busy heap lazily: uncapped, a worker's memory creeps up with the length of the run
 * (measured: 239 MB at 1M lines, 437 MB at 10M, in-process), though what is live stays small.
 * A cap makes it collect instead; a batch that does not fit (a huge file) is re-run on the main
 * thread, which has no cap.
 */
const WORKER_HEAP_MB = 192;

/**
 * The worker threads of a syntax run, and the watchdog that times their files. It can be started
 * before discovery (src/runner/prestart.ts `prestartPool`): each thread then loads TypeScript and
 * the passes while the main thread is still walking the tree, which is most of a small run's time.
 */
export class WorkerPool {
  readonly setup: WorkerSetup;
  readonly watchdog: Watchdog | undefined;
  private pool: Piscina<WorkerTask, FileOutput[]> | undefined;
  private closed = false;
  /** The main thread runs files too (a bounded run): see threads(). */
  private readonly helped: boolean;

  constructor(
    options: PoolOptions,
    readonly workers: number,
    private readonly filename: string,
  ) {
    const limitMs = fileLimitMs(options);
    this.helped = boundedRun(options);
    this.watchdog = limitMs !== undefined
      ? new Watchdog({
          limitMs,
          slots: workers * batchesPerWorker(options),
          passIds: options.steps.map((step) => step.pass.id),
          relativePath: (path) => relativePath(options.root, path),
        })
      : undefined;
    this.setup = {
      root: options.root,
      steps: options.steps.map(stepSpec),
      maxRounds: options.maxRounds,
      maxFileSize: options.maxFileSize,
      verbose: options.verbose,
      cache: options.cache === true,
      quietWarnings: process.listenerCount('warning') === 0,
      ...(this.watchdog ? { watch: this.watchdog.setup } : {}),
    };
  }

  /** Starts the threads now (they load the passes at once) rather than on the first batch. */
  start(): this {
    this.threads();
    return this;
  }

  /**
   * Runs a batch on a thread, under the watchdog when the run has a file time limit. `read` gives
   * the files the main thread has read already (the watchdog re-runs parts of a batch).
   */
  run(
    paths: readonly string[],
    onFailure: (paths: readonly string[], error: unknown) => Promise<FileOutput[]>,
    read?: (path: string) => ReadFile | undefined,
  ): Promise<FileOutput[]> {
    // A batch aborted by the watchdog is the watchdog's to settle; any other failure may be a worker out of heap.
    const onWorker = (batch: readonly string[], slot?: number, signal?: AbortSignal): Promise<FileOutput[]> =>
      this.threads()
        .run({ paths: batch, slot, ...(read ? { files: batch.map(read) } : {}) }, { signal })
        .catch((error: unknown) => (signal?.aborted ? Promise.reject(error) : onFailure(batch, error)));
    return this.watchdog ? this.watchdog.run(paths, onWorker) : onWorker(paths);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.watchdog?.stop();
    await this.pool?.destroy();
  }

  private threads(): Piscina<WorkerTask, FileOutput[]> {
    return (this.pool ??= new Piscina({
      filename: this.filename,
      workerData: this.setup,
      minThreads: this.workers,
      maxThreads: this.workers,
      idleTimeout: 1000,
      // Piscina hands a worker its next batch when this thread takes the last one's result. When
      // this thread runs files too, it may be parsing a large one for a while: a few batches held
      // by the worker itself keep it busy meanwhile.
      ...(this.helped ? { concurrentTasksPerWorker: HELPED_TASKS_PER_WORKER } : {}),
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    }));
  }
}
