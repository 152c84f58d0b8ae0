import { UsageError } from '../core/errors.js';
import type { ChangedFile } from '../core/result.js';
import { dirtyFiles } from '../write/git.js';
import { sha256 } from '../write/journal.js';
import { acquireWriteLock } from '../write/lock.js';
import { writeChanges } from '../write/write.js';
import type { CliIO } from './io.js';

export interface WriteFilesOptions {
  readonly allowDirty?: boolean;
  readonly quiet?: boolean;
  readonly show: (absolute: string) => string;
  /** The line printed for each file written. */
  readonly describe: (result: ChangedFile) => string;
  /** All or nothing: when a file fails, undo those already written (a generator's files belong together). */
  readonly rollbackOnFailure?: boolean;
}

/**
 * Writes changes computed in memory (a generator's files, a package.json range) through the
 * journaled writer, under the write lock, after the git check `run --write` makes; returns the
 * exit code. For changes that do not come from a run of passes (`execute` writes those).
 */
export async function writeChangedFiles(io: CliIO, root: string, changed: readonly ChangedFile[], options: WriteFilesOptions): Promise<number> {
  const { show } = options;
  if (!options.allowDirty) {
    // Created files are new: only files that exist can hold uncommitted work.
    const touched = changed.filter((result) => result.operation !== 'create').map((result) => result.previousPath ?? result.path);
    const dirty = dirtyFiles(root, touched);
    if (dirty.length > 0) throw new UsageError(`refusing to write: uncommitted changes in ${dirty.map(show).join(', ')} (commit or stash them, or pass --allow-dirty)`);
  }
  const release = acquireWriteLock(root);
  let failed = 0;
  try {
    const items = changed.map((result) => ({ result, beforeHash: sha256(result.before), after: () => result.after }));
    await writeChanges(root, items, {
      onOutcome: (outcome) => {
        if (outcome.error) {
          failed++;
          io.stderr(`${show(outcome.result.path)}: ${outcome.error.message}\n`);
        } else if (!options.quiet) io.stdout(`${options.describe(outcome.result)}\n`);
      },
    });
  } finally {
    release();
  }
  const written = changed.length - failed;
  if (failed > 0 && written > 0 && options.rollbackOnFailure) return rollBack(io, root, written);
  if (!options.quiet) io.stderr(`codemorph: ${written} of ${changed.length} files written${written > 0 ? '; `codemorph undo` reverts them' : ''}\n`);
  return failed > 0 ? 2 : 0;
}

/** Undoes, through the journal just written, the files written before one failed. */
async function rollBack(io: CliIO, root: string, written: number): Promise<number> {
  const { undoLastRun } = await import('../write/undo.js');
  try {
    undoLastRun(root);
    io.stderr(`codemorph: a file could not be written, so the ${written} written before it were undone; nothing was changed\n`);
  } catch (error) {
    io.stderr(`codemorph: ${written} files were written before a failure and could not be undone (${(error as Error).message}); run \`codemorph undo\`\n`);
  }
  return 2;
}
