import { prefetchTypeScript } from '../core/typescript-file.cjs';
import { MIN_FILES_PER_WORKER } from '../runner/thread-plan.js';
import { namedFileCount } from '../workspace/named-files.js';

/**
 * Starts reading TypeScript on the thread pool (compile-cache.cjs prefetch) as a command starts,
 * when its run will most likely parse on this thread: a few files named one by one and no more
 * than one thread asked for (src/runner/thread-plan.ts watchInProcess). The command then loads
 * its modules, the config and the passes meanwhile (about 0.1 s), and the runner finds the reads
 * done. Where the run starts threads after all (a type-aware or async pass) or its cache answers
 * every file, the reads were made for nothing, off this thread.
 */
export function prefetchForSmallRun(cwd: string, paths: readonly string[], jobs: unknown): void {
  if (typeof jobs === 'number' && jobs > 1) return;
  try {
    if (namedFileCount(cwd, paths, MIN_FILES_PER_WORKER - 1) !== undefined) void prefetchTypeScript();
  } catch {
    // A path that cannot be looked at: discovery will say so.
  }
}
