import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CodemorphError } from '../core/errors.js';
import { passMatches } from '../core/pass.js';
import type { FileResult } from '../core/result.js';
import { cacheFile, loadCacheEntries, outcomeOf, outputDir, storeOutput, runKey, saveCacheEntries, type CachedOutcome } from './cache.js';
import type { RunOptions } from './run.js';
import { interruptiblePasses } from './guard.js';
import { runGuardedFiles } from './guarded-files.js';
import type { PrestartedRunOptions } from './prestart.js';
import { BATCHES_PER_WORKER, batchesPerWorker, boundedRun, defaultJobs, fileLimitMs, mainReads, placeHelped, textGated, threadPlan, watchInProcess, WORKER_MIN_TEXT } from './thread-plan.js';
// Types only: piscina and the watchdog load when a run starts threads (not for a small run's start-up).
import type { WorkerPool } from './worker-pool.js';
import { lookup, processPath, processPaths, runtimeFrom, untouchedResult, type FileOutput, type ReadFile, type Runtime, type WorkerSetup } from './file-runtime.js';

/** Files read per turn of this thread's event loop (see fill in runSyntax). */
const FILL_STEP = 32;
/**
 * How many files (answered here, or in batches) may wait for an earlier file's result: at least
 * this many, or 16 per queued batch. An answered file holds only its small result, and a batch
 * the texts of its few files. Too few, and a large file at the head of the queue stops this
 * thread from reading ahead (1M lines, `void 0`, --jobs 2: this thread sat idle 0.4 s at a time).
 */
const MIN_WINDOW = 2048;
const ANSWERED_PER_BATCH = 16;
/** Files per batch at most (smaller on small runs, so every worker gets some). */
const MAX_BATCH = 32;
/**
 * When this thread runs files too (bounded passes; placeHelped in thread-plan.ts decides who
 * takes a batch): files and text per batch at most, small so that the work can be shared evenly
 * to the end.
 */
const HELPED_MAX_BATCH = 16;
const HELPED_BATCH_BYTES = 256 * 1024;
/** The size assumed for a file this thread did not read (the workers read it). */
const UNREAD_BYTES = 16 * 1024;

/**
 * The compiled worker. Under a test runner the sources are TypeScript, which worker threads cannot
 * load: the build in dist/ stands in, and without one the run stays in-process.
 */
export function workerFile(): string | undefined {
  const here = fileURLToPath(import.meta.url);
  const sibling = resolve(dirname(here), 'worker.js');
  if (here.endsWith('.js')) return sibling;
  const built = resolve(dirname(here), '../../dist/src/runner/worker.js');
  return existsSync(built) ? built : undefined;
}

interface CacheState {
  readonly file: string;
  readonly entries: Map<string, CachedOutcome>;
  readonly used: Set<string>;
  hits: number;
}

function openCache(options: RunOptions): CacheState | undefined {
  if (!options.cache) return undefined;
  const file = cacheFile(options.root, runKey(options.steps, { maxRounds: options.maxRounds }));
  return { file, entries: loadCacheEntries(file), used: new Set(), hits: 0 };
}

function saveCache(cache: CacheState, root: string): void {
  // Entries of files that were since edited pile up; a run that used a small part of a large
  // cache keeps everything, one that finds the cache mostly stale keeps only what it used.
  const stale = cache.entries.size > 2 * cache.used.size + 10_000;
  const kept = stale ? new Map([...cache.used].map((key) => [key, cache.entries.get(key)!])) : cache.entries;
  try {
    saveCacheEntries(root, cache.file, kept);
  } catch {
    // A read-only checkout just runs without a cache next time.
  }
}

function* ordered(outputs: readonly FileOutput[], options: RunOptions, cache: CacheState | undefined, counter: { done: number }) {
  for (const output of outputs) {
    if (cache && output.cacheKey) {
      const outcome = output.cacheHit ? undefined : outcomeOf(output.result);
      if (outcome?.s === 'c' && output.result.status === 'changed') storeOutput(outputDir(cache.file), output.cacheKey, output.result.after);
      if (outcome) cache.entries.set(output.cacheKey, outcome);
      if (output.cacheHit) cache.hits++;
      cache.used.add(output.cacheKey);
    }
    counter.done++;
    options.onFile?.(output.result, counter.done, options.files.length);
    yield output.result;
  }
}

/**
 * Runs file passes over the files, in-process or on worker threads, yielding results in the
 * order of `options.files` (sorted by discovery), so output is the same run to run and whatever
 * `--jobs` is. Workers get paths and read the files themselves; at most a few batches per worker
 * are in flight, so memory stays bounded by the batches, not the corpus.
 */
export async function* runSyntax(options: RunOptions): AsyncGenerator<FileResult> {
  const cache = openCache(options);
  const limitMs = fileLimitMs(options);
  const bounded = boundedRun(options);
  const guardable = !bounded && interruptiblePasses(options.steps);
  // A pool started before discovery serves if it has the threads this run would start; it has
  // been loading TypeScript meanwhile, so it serves a small watched run too.
  const prestarted = (options as PrestartedRunOptions).pool;
  const watchHere = limitMs !== undefined && !prestarted && watchInProcess(options.files.length, options.jobs, guardable);
  const watched = limitMs !== undefined && !watchHere && workerFile() !== undefined;
  const plan = threadPlan(options.files.length, options.jobs, defaultJobs(), watched, bounded);
  const { mainHelps } = plan;
  let { workers } = plan;
  const filename = workers > 0 ? workerFile() : undefined;
  let pool = prestarted?.workers === workers ? prestarted : undefined;
  if (prestarted && !pool) await prestarted.close();
  // Helped runs count the workers' queues in text too (placeHelped).
  let limit = workers * batchesPerWorker(options);
  // How many units (answered files, batches) may wait for an earlier one's results, for memory.
  const window = Math.max(MIN_WINDOW, workers * BATCHES_PER_WORKER * ANSWERED_PER_BATCH);
  const counter = { done: 0 };
  // Set when the run ends (or its consumer stops early): a batch settling later reads no more.
  let stopped = false;
  const runtime = runtimeFrom(setupOf(options), options.steps, cache ? { entries: cache.entries, outputs: outputDir(cache.file) } : undefined);
  try {
    // A bounded run on this thread alone goes on below, with no worker, as a --jobs 2 run that
    // does not pay for one (WORKER_MIN_TEXT) does: files no pre-filter lets through are answered
    // as they are read, without a FileState and an await each. One code path for both; 1M lines,
    // medians of 5 interleaved: `$A && $A.$B` 2.37 -> 2.30 s, `void 0` 2.17 -> 2.13 s (noise-sized).
    if (!filename && !bounded) {
      if (guardable && limitMs !== undefined) {
        // The time limit kept here, many files to one guarded call (src/runner/guarded-files.ts).
        for (let at = 0; at < options.files.length; ) {
          const outputs = await runGuardedFiles(options.files, at, runtime, limitMs);
          at += outputs.length;
          yield* ordered(outputs, options, cache, counter);
        }
        return;
      }
      for (const path of options.files) yield* ordered(await processPaths([path], runtime), options, cache, counter);
      return;
    }
    const readHere = mainReads(workers, defaultJobs()) || (cache !== undefined && cache.entries.size > 0);
    const units = workUnits(options.files, workers, runtime, readHere, mainHelps ? { files: HELPED_MAX_BATCH, bytes: HELPED_BATCH_BYTES } : { files: MAX_BATCH });
    // A bounded run's workers start only for text enough to pay for them (WORKER_MIN_TEXT): this
    // thread reads ahead until it knows (they were not prestarted: prestartCount).
    const ahead: WorkUnit[] = [];
    if (textGated(plan, defaultJobs()) && readHere && !pool) {
      let text = 0;
      while (text < workers * WORKER_MIN_TEXT) {
        const unit = nextUnit(units);
        if (!unit) break;
        ahead.push(unit);
        if (unit.kind === 'batch') text += unit.bytes;
      }
      workers = Math.min(workers, Math.floor(text / WORKER_MIN_TEXT));
      limit = workers * batchesPerWorker(options);
    }
    const next = (): WorkUnit | undefined => ahead.shift() ?? nextUnit(units);
    // Otherwise started on the first file that needs passes: a run answered from the cache starts no thread.
    if (workers > 0 && filename) pool ??= new (await import('./worker-pool.js')).WorkerPool(options, workers, filename);
    const threads = pool;
    // Files this thread read for batches in flight (their texts go to the worker with the batch).
    const read = new Map<string, ReadFile>();
    const runBatch = (paths: readonly string[], files: readonly (ReadFile | undefined)[]): Promise<FileOutput[]> => {
      paths.forEach((path, index) => files[index] && read.set(path, files[index]));
      const readFor = (path: string): ReadFile | undefined => read.get(path);
      return threads!
        .run(paths, (batch, error) => retryInProcess(batch, runtime, error, batch.map(readFor)), readFor)
        .finally(() => paths.forEach((path) => read.delete(path)));
    };
    const inFlight: Promise<FileOutput[]>[] = [];
    // A batch this thread runs, one file per event-loop turn: the workers' results go through
    // between files, and before each file the workers' queues are topped up (read on, and sent
    // their next batches): left to the turns between this thread's files, reading fell behind
    // and the worker sat idle (1M lines, `$A && $A.$B`, --jobs 2: 1.4 s of 4.7 s).
    const runHere = async (paths: readonly string[], files: readonly (ReadFile | undefined)[]): Promise<FileOutput[]> => {
      const outputs: FileOutput[] = [];
      for (const [index, path] of paths.entries()) {
        await new Promise((resolve) => setImmediate(resolve));
        fill();
        outputs.push(await processPath(path, runtime, undefined, files[index]));
      }
      return outputs;
    };
    // Only batches count against the workers' queue: files answered here (no pre-filter match, a
    // cache hit) would otherwise fill it and leave the workers waiting. Answered files are
    // bounded too, for memory. Reading files here blocks this thread, and a worker gets its next
    // batch only when this thread takes its last result: so files are read a few at a time, the
    // rest after the pending messages. (A CPU profile of the default run on the 1M-line corpus:
    // the one worker waited 0.6 s of 3 s for work before, 0.4 s after, most of it at the ends.)
    const queue = { batches: 0, bytes: 0 };
    const here = { busy: false, bytes: 0 };
    // A batch read but not yet placed: the workers had enough queued and this thread was busy.
    let pending: WorkUnit | undefined;
    let scheduled = false;
    const fill = (): void => {
      for (let taken = 0; !stopped && inFlight.length < window; taken++) {
        if (taken === FILL_STEP) {
          if (!scheduled) {
            scheduled = true;
            setImmediate(() => {
              scheduled = false;
              fill();
            });
          }
          return;
        }
        const unit: WorkUnit | undefined = pending ?? next();
        pending = undefined;
        if (!unit) break;
        let promise: Promise<FileOutput[]>;
        if (unit.kind === 'done') {
          promise = Promise.resolve([unit.output]);
        } else {
          const { bytes } = unit;
          const place = workers === 0 ? (here.busy ? 'wait' : 'here') : mainHelps ? placeHelped(bytes, queue, here, workers, limit) : queue.batches < limit ? 'worker' : 'wait';
          if (place === 'wait') {
            pending = unit;
            break;
          }
          if (place === 'here') {
            here.busy = true;
            here.bytes = bytes;
            promise = runHere(unit.paths, unit.files).finally(() => {
              here.busy = false;
              fill();
            });
          } else {
            queue.batches++;
            queue.bytes += bytes;
            promise = runBatch(unit.paths, unit.files).finally(() => {
              queue.batches--;
              queue.bytes -= bytes;
              fill(); // keep the workers fed while the results wait for an earlier file's
            });
          }
        }
        promise.catch(() => undefined); // awaited in order below; avoids an unhandled rejection meanwhile
        inFlight.push(promise);
      }
    };
    for (;;) {
      if (inFlight.length === 0) fill();
      if (inFlight.length === 0) break;
      let outputs: FileOutput[];
      try {
        outputs = await inFlight.shift()!;
      } catch (error) {
        throw new CodemorphError('load', `worker thread failed: ${(error as Error).message?.split('\n')[0] ?? error}`, { cause: error });
      }
      fill();
      yield* ordered(outputs, options, cache, counter);
    }
  } finally {
    stopped = true;
    await pool?.close();
    if (cache) saveCache(cache, options.root);
  }
}

/** The setup of an in-process run (the fields a Runtime takes from it). */
function setupOf(options: RunOptions): WorkerSetup {
  return { root: options.root, steps: [], maxRounds: options.maxRounds, maxFileSize: options.maxFileSize, verbose: options.verbose, cache: options.cache === true };
}

/**
 * A worker that ran out of heap (or died) gets its batch re-run here; other failures are bugs.
 * Here no watchdog can stop a file that never ends: heap exhaustion comes first in practice.
 */
async function retryInProcess(paths: readonly string[], runtime: Runtime, error: unknown, files: readonly (ReadFile | undefined)[]): Promise<FileOutput[]> {
  const code = (error as { code?: string }).code;
  if (code !== 'ERR_WORKER_OUT_OF_MEMORY' && !/terminated|exited/i.test(String((error as Error).message))) throw error;
  return processPaths(paths, runtime, files);
}

type WorkUnit =
  | { readonly kind: 'done'; readonly output: FileOutput }
  | { readonly kind: 'batch'; readonly paths: readonly string[]; readonly files: readonly (ReadFile | undefined)[]; readonly bytes: number };

/**
 * The files as units of work, in file order: batches for the workers, and files answered here.
 * With `readHere`, this thread reads each file (the worker gets the text with its batch) and
 * answers a cache hit, a file too large, or one no pass's pre-filter lets through, without a
 * worker. A batch is cut before an answered file so that results keep the file order.
 */
function* workUnits(files: readonly string[], workers: number, runtime: Runtime, readHere: boolean, max: { files: number; bytes?: number }): Generator<WorkUnit> {
  const size = Math.max(1, Math.min(max.files, Math.ceil(files.length / (workers * 16))));
  let paths: string[] = [];
  let read: (ReadFile | undefined)[] = [];
  let bytes = 0;
  for (const path of files) {
    const found = readHere ? lookup(path, runtime) : undefined;
    const output = found === undefined ? undefined : found.kind === 'done' ? found.output : untouched(path, found, runtime);
    if (output || paths.length >= size || (max.bytes !== undefined && bytes >= max.bytes)) {
      if (paths.length > 0) yield { kind: 'batch', paths, files: read, bytes };
      paths = [];
      read = [];
      bytes = 0;
    }
    if (output) {
      yield { kind: 'done', output };
      continue;
    }
    paths.push(path);
    read.push(found as ReadFile | undefined);
    bytes += (found as ReadFile | undefined)?.text.length ?? UNREAD_BYTES;
  }
  if (paths.length > 0) yield { kind: 'batch', paths, files: read, bytes };
}

function nextUnit(units: Generator<WorkUnit>): WorkUnit | undefined {
  const next = units.next();
  return next.done ? undefined : next.value;
}

/** The result of a file no pass's pre-filter lets through, as processFile gives it (nothing parsed). */
function untouched(path: string, file: ReadFile, runtime: Runtime): FileOutput | undefined {
  if (runtime.passes.some(({ pass }) => passMatches(pass, file.text, path))) return undefined;
  const result = untouchedResult(path, file.relativeName);
  return file.key === undefined ? { result } : { result, cacheKey: file.key };
}
