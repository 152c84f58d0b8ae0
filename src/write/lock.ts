import { linkSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { CodemorphError } from '../core/errors.js';
import { ensureStateDir } from '../workspace/state-dir.js';
import { ioReason } from './io-reason.js';

const LOCK = 'write.lock';

interface Holder {
  readonly pid: number;
  readonly host: string;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(path: string): Holder | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Holder;
  } catch {
    return undefined; // removed meanwhile, or not ours
  }
}

/**
 * Takes `.codemorph/write.lock` for one writing run (a --write, an undo), so two runs on the same
 * tree never interleave their writes: the second refuses at once, naming the holder. A lock left
 * by a run that died (its pid is gone) is taken over. Returns the release function.
 */
export function acquireWriteLock(root: string): () => void {
  let path = join(root, '.codemorph', LOCK);
  try {
    path = join(ensureStateDir(root), LOCK);
    for (let attempt = 0; ; attempt++) {
      try {
        // Written aside, then linked into place: the lock never exists without its holder in it.
        const aside = `${path}.${process.pid}`;
        writeFileSync(aside, JSON.stringify({ pid: process.pid, host: hostname(), startedAt: new Date().toISOString() }));
        try {
          linkSync(aside, path);
        } finally {
          unlinkSync(aside);
        }
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) throw error;
        const holder = readHolder(path);
        // A holder on another machine (a shared folder) cannot be checked: it counts as alive.
        if (holder && (holder.host !== hostname() || alive(holder.pid))) {
          throw new CodemorphError('io', `another codemorph run (pid ${holder.pid}) is writing this tree; nothing was changed (wait for it, then run again)`, { path });
        }
        unlinkSync(path); // left by a run that is gone
      }
    }
  } catch (error) {
    if (error instanceof CodemorphError) throw error;
    throw new CodemorphError('io', `cannot take the write lock: ${ioReason(error)}; nothing was changed`, { path });
  }
  return () => {
    try {
      unlinkSync(path);
    } catch {
      // Removed by hand meanwhile: nothing to release.
    }
  };
}
