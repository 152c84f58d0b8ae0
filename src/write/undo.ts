import { existsSync, mkdirSync, readFileSync, renameSync, unlinkSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { CodemorphError } from '../core/errors.js';
import { loadLastJournal, retireJournal, sha256 } from './journal.js';
import { removeEmptyDirs } from './write.js';

export interface UndoReport {
  readonly restored: readonly string[];
}

/**
 * Restores the files of the last `--write` run exactly (bytes, so line endings and BOM too).
 * Refuses, touching nothing, when any of them was edited since; the error names them.
 */
export function undoLastRun(root: string): UndoReport {
  const journal = loadLastJournal(root);
  if (!journal) throw new CodemorphError('usage', 'nothing to undo: no --write run recorded in .codemorph/journal');
  const show = (path: string): string => relative(root, path) || path;
  const edited: string[] = [];
  for (const entry of journal.entries) {
    if (entry.operation === 'delete') {
      if (existsSync(entry.path)) edited.push(show(entry.path));
    } else if (!existsSync(entry.path) || sha256(readFileSync(entry.path)) !== entry.afterHash) {
      edited.push(show(entry.path));
    }
  }
  if (edited.length > 0) {
    throw new CodemorphError('io', `cannot undo: edited since the last run: ${edited.join(', ')}`, {
      hint: 'restore or commit those files yourself, then run undo again',
    });
  }
  const restored: string[] = [];
  for (const entry of [...journal.entries].reverse()) {
    if (entry.operation === 'create') {
      unlinkSync(entry.path);
    } else {
      const original = Buffer.from(entry.before ?? '', 'base64');
      const destination = entry.operation === 'move' ? entry.from! : entry.path;
      mkdirSync(dirname(destination), { recursive: true });
      if (entry.operation === 'move') {
        renameSync(entry.path, destination);
        removeEmptyDirs(dirname(entry.path), journal.root);
      }
      writeFileAtomic.sync(destination, original);
    }
    restored.push(show(entry.operation === 'move' ? entry.from! : entry.path));
  }
  retireJournal(root);
  return { restored };
}
