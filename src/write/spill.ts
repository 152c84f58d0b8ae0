import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CodemorphError } from '../core/errors.js';
import type { ChangedFile } from '../core/result.js';
import { ensureStateDir } from '../workspace/state-dir.js';
import { sha256 } from './durable.js';
import type { WriteItem } from './write.js';

/**
 * Bytes of new text a --write run keeps in memory before it sets the rest aside on disk. Small
 * runs (a pre-commit hook, most migrations) never touch the disk for it, and a nearly full disk
 * keeps its room for the journal and the files; large runs stay within this much of a dry run.
 */
export const DEFAULT_MEMORY_BUDGET = 32 * 1024 * 1024;

/**
 * Reads a change set aside, once. A function of its own on purpose: a closure made inside
 * `add` would share that call's context, which holds `result` and so both texts (measured:
 * +514 MB over a dry run at 10M lines).
 */
function loaderFor(file: string, afterHash: string, path: string): () => string {
  return () => {
    const text = readFileSync(file, 'utf8');
    rmSync(file, { force: true }); // read once, when its batch is written: give the room back
    if (sha256(text) !== afterHash) throw new CodemorphError('io', 'not written: the change set aside was damaged', { path });
    return text;
  };
}

/**
 * Where a --write run keeps the new texts of changed files until the write phase, so memory does
 * not grow with the size of the change: past the budget each text goes to `.codemorph/pending/<n>`
 * as its result arrives, and the result kept in memory carries only paths, hashes and attribution.
 * The write lock makes the folder this run's alone.
 */
export class SpillStore {
  private count = 0;
  private held = 0;
  private readonly dir: string;

  constructor(root: string, private readonly budget = DEFAULT_MEMORY_BUDGET) {
    this.dir = join(ensureStateDir(root), 'pending');
    rmSync(this.dir, { recursive: true, force: true }); // left by a run that was killed
  }

  /**
   * Holds the change, in memory while within the budget, else on disk. Where the disk refuses (it
   * is full), memory it is: setting aside only bounds memory, and the write phase reports what
   * the disk refuses.
   */
  add(result: ChangedFile): WriteItem {
    const beforeHash = sha256(result.before);
    const size = result.after.length + result.before.length;
    if (this.held + size <= this.budget) {
      this.held += size;
      return { result, beforeHash, after: () => result.after };
    }
    mkdirSync(this.dir, { recursive: true });
    const file = join(this.dir, String(this.count++));
    const afterHash = sha256(result.after);
    try {
      writeFileSync(file, result.after);
    } catch {
      rmSync(file, { force: true });
      return { result, beforeHash, after: () => result.after };
    }
    return { result: { ...result, before: '', after: '' }, beforeHash, after: loaderFor(file, afterHash, result.path) };
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
