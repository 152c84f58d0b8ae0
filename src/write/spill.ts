import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CodemorphError } from '../core/errors.js';
import type { ChangedFile } from '../core/result.js';
import { ensureStateDir } from '../workspace/state-dir.js';
import { sha256 } from './durable.js';
import { ioReason } from './io-reason.js';
import type { WriteItem } from './write.js';

/**
 * Where a --write run keeps the new texts of changed files until the write phase, so memory does
 * not grow with the size of the change: each text goes to `.codemorph/pending/<n>` as its result
 * arrives, and the result kept in memory carries only paths, hashes and attribution. The write
 * lock makes the folder this run's alone.
 */
export class SpillStore {
  private count = 0;
  private constructor(private readonly dir: string) {}

  static open(root: string): SpillStore {
    const dir = join(ensureStateDir(root), 'pending');
    rmSync(dir, { recursive: true, force: true }); // left by a run that was killed
    return new SpillStore(ensureStateDir(root, 'pending'));
  }

  /** Saves the new text aside; throws a one-line error (naming the file) when it cannot. */
  add(result: ChangedFile): WriteItem {
    const file = join(this.dir, String(this.count++));
    const afterHash = sha256(result.after);
    try {
      writeFileSync(file, result.after);
    } catch (error) {
      rmSync(file, { force: true });
      throw new CodemorphError('io', `not written: ${ioReason(error)} (while setting the change aside)`, { path: result.path, cause: error });
    }
    return {
      result: { ...result, before: '', after: '' },
      beforeHash: sha256(result.before),
      after: () => {
        const text = readFileSync(file, 'utf8');
        if (sha256(text) !== afterHash) throw new CodemorphError('io', 'not written: the change set aside was damaged', { path: result.path });
        return text;
      },
    };
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
