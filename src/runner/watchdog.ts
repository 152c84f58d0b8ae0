import type { FileOutput } from './file-runtime.js';
import { timedOutResult } from './guard.js';

/**
 * The per-file time limit (`--file-timeout`). A pass stuck in a synchronous loop cannot be
 * interrupted on its own thread, so files run on worker threads and the main thread watches.
 * Each batch in flight owns one slot of a SharedArrayBuffer, where the worker running it says
 * which file and pass it is in and since when; the main thread reads the slots on a timer, and
 * aborts the batch of a file over the limit, which makes piscina terminate that worker and start
 * another. The batch's other files run again; the hung one becomes a `timeout` failure.
 */

/** Int32 cells per slot: when the current file started (0: no file), its index in the batch, the pass index. */
const CELLS = 3;
const STARTED = 0;
const FILE = 1;
const PASS = 2;

/** What workers get in `workerData`: the slots, and the time origin the start times count from. */
export interface WatchSetup {
  readonly buffer: SharedArrayBuffer;
  readonly epoch: number;
}

/**
 * Milliseconds since `epoch`, the same clock on every thread (each thread's performance.now()
 * counts from its own start), monotonic unlike Date.now(); never 0, which means "no file".
 */
function clock(epoch: number): number {
  return Math.max(1, Math.round(performance.timeOrigin + performance.now() - epoch));
}

/** The worker side: marks the file and pass a batch is in. */
export class SlotWriter {
  private readonly cells: Int32Array;
  private readonly base: number;
  private readonly epoch: number;

  constructor(setup: WatchSetup, slot: number) {
    this.cells = new Int32Array(setup.buffer);
    this.base = slot * CELLS;
    this.epoch = setup.epoch;
  }

  fileStarted(index: number): void {
    // "No file" first, the start time last: a reader never pairs this file with the previous file's start.
    Atomics.store(this.cells, this.base + STARTED, 0);
    Atomics.store(this.cells, this.base + FILE, index);
    Atomics.store(this.cells, this.base + PASS, -1);
    Atomics.store(this.cells, this.base + STARTED, clock(this.epoch));
  }

  passStarted(index: number): void {
    Atomics.store(this.cells, this.base + PASS, index);
  }

  idle(): void {
    Atomics.store(this.cells, this.base + STARTED, 0);
  }
}

/** Runs a batch on a worker, writing progress to `slot`; rejects when `signal` aborts. */
export type StartBatch = (paths: readonly string[], slot: number, signal: AbortSignal) => Promise<FileOutput[]>;

interface Running {
  readonly controller: AbortController;
  hung?: { readonly file: number; readonly pass: number };
}

export interface WatchdogOptions {
  readonly limitMs: number;
  /** How many batches can be in flight at once (one slot each). */
  readonly slots: number;
  /** Pass ids by index, to name the pass a file hung in. */
  readonly passIds: readonly string[];
  /** For the relative path of a file that timed out. */
  readonly relativePath: (path: string) => string;
}

/** The main-thread side: hands out slots, watches them, turns a hung file into a failure. */
export class Watchdog {
  readonly setup: WatchSetup;
  private readonly cells: Int32Array;
  private readonly free: number[];
  private readonly running = new Map<number, Running>();
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly options: WatchdogOptions) {
    const buffer = new SharedArrayBuffer(options.slots * CELLS * Int32Array.BYTES_PER_ELEMENT);
    this.setup = { buffer, epoch: performance.timeOrigin + performance.now() };
    this.cells = new Int32Array(buffer);
    this.free = Array.from({ length: options.slots }, (_, slot) => options.slots - 1 - slot);
    // A few checks per limit: a file is stopped at most a quarter late (1 s late at most).
    const every = Math.min(1000, Math.max(20, options.limitMs / 4));
    // unref: the watchdog alone never keeps the process alive.
    this.timer = setInterval(() => this.check(), every).unref();
  }

  /**
   * Runs a batch under watch. When one of its files hangs, the files before it run again (their
   * results died with the worker), the hung file fails, and the files after it run again; results
   * stay in file order. Those re-runs go one after the other, so a batch never holds two slots.
   */
  async run(paths: readonly string[], start: StartBatch): Promise<FileOutput[]> {
    // A slot is reused once its batch settled. An aborted batch's worker could still mark a next
    // file in it until V8 stops it (terminate() interrupts even a loop), a window far shorter than
    // handing the slot's next batch to another worker and starting its first file.
    const slot = this.free.pop();
    if (slot === undefined) throw new Error('internal: more batches in flight than watchdog slots');
    Atomics.store(this.cells, slot * CELLS + STARTED, 0);
    const running: Running = { controller: new AbortController() };
    this.running.set(slot, running);
    try {
      return await start(paths, slot, running.controller.signal);
    } catch (error) {
      if (!running.hung) throw error;
    } finally {
      this.running.delete(slot);
      this.free.push(slot);
    }
    const { file, pass } = running.hung;
    const before = file > 0 ? await this.run(paths.slice(0, file), start) : [];
    const after = file + 1 < paths.length ? await this.run(paths.slice(file + 1), start) : [];
    return [...before, this.timedOut(paths[file]!, this.options.passIds[pass]), ...after];
  }

  stop(): void {
    clearInterval(this.timer);
  }

  private check(): void {
    const now = clock(this.setup.epoch);
    for (const [slot, running] of this.running) {
      if (running.hung) continue;
      const base = slot * CELLS;
      const started = Atomics.load(this.cells, base + STARTED);
      const file = Atomics.load(this.cells, base + FILE);
      const pass = Atomics.load(this.cells, base + PASS);
      // A start time read twice unchanged means file and pass belong to it (see fileStarted).
      if (started === 0 || Atomics.load(this.cells, base + STARTED) !== started) continue;
      if (now - started <= this.options.limitMs) continue;
      running.hung = { file, pass };
      running.controller.abort();
    }
  }

  private timedOut(path: string, passId: string | undefined): FileOutput {
    return { result: timedOutResult(path, this.options.relativePath(path), this.options.limitMs, passId) };
  }
}
