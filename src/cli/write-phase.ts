import { CodemorphError } from '../core/errors.js';
import type { ChangedFile, FileResult, ResultError } from '../core/result.js';
import { acquireWriteLock } from '../write/lock.js';
import { SpillStore } from '../write/spill.js';
import { writeChanges, type WriteItem, type WriteOutcome, type WriteReport } from '../write/write.js';
import type { CliIO } from './io.js';

/**
 * What `--write` holds across a run: the write lock (taken before any pass runs, so two runs on
 * one tree never interleave), the changes set aside on disk as they arrive, and whether the user
 * pressed Ctrl-C (the run stops taking results; the writes stop after the file in flight).
 */
export class WritePhase {
  readonly items: WriteItem[] = [];
  private stopRequested = false;
  private constructor(
    private readonly root: string,
    private readonly release: () => void,
    private readonly spill: SpillStore,
    private readonly stopListening: () => void,
  ) {}

  /** Takes the lock; throws a one-line error naming the lock file when it cannot. */
  static start(io: CliIO, root: string, show: (path: string) => string): WritePhase {
    let release: () => void;
    try {
      release = acquireWriteLock(root);
    } catch (error) {
      if (error instanceof CodemorphError && error.path) throw new CodemorphError(error.kind, `${show(error.path)}: ${error.message}`);
      throw error;
    }
    try {
      const spill = new SpillStore(root);
      let phase: WritePhase | undefined;
      const stopListening = io.onInterrupt?.(() => {
        if (phase) phase.stopRequested = true;
      }) ?? (() => undefined);
      phase = new WritePhase(root, release, spill, stopListening);
      return phase;
    } catch (error) {
      release();
      throw error;
    }
  }

  get interrupted(): boolean {
    return this.stopRequested;
  }

  /** Sets a changed file aside for the write phase. */
  take(result: ChangedFile): void {
    this.items.push(this.spill.add(result));
  }

  write(onOutcome: (outcome: WriteOutcome) => void): Promise<WriteReport> {
    return writeChanges(this.root, this.items, { onOutcome, shouldStop: () => this.stopRequested });
  }

  close(): void {
    this.stopListening();
    this.spill.dispose();
    this.release();
  }
}

/** A changed file turned into a failure (not written, refused by a check), as the reporters show it. */
export function failedResult(result: ChangedFile, error: ResultError): FileResult {
  const { path, relativePath, warnings, stats } = result;
  return { path, relativePath, warnings, stats, status: 'failed', error };
}
