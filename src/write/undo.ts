import { existsSync, mkdirSync, readFileSync, unlinkSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { CodemorphError } from '../core/errors.js';
import { removeLeftoverTemps, writeFileDurably } from './durable.js';
import { loadLastJournal, readOriginal, retireJournal, sha256, type Journal, type JournalEntry } from './journal.js';
import { acquireWriteLock } from './lock.js';
import { removeEmptyDirs } from './write.js';

export interface UndoReport {
  /** Every file put back as it was before the run, the created ones (deleted again) included. */
  readonly restored: readonly string[];
  /** Of those, the files the run created, which undo deleted. */
  readonly removed: readonly string[];
  /** Files the run meant to change but never wrote (it failed or was interrupted): left as they are. */
  readonly notWritten: readonly string[];
}

type State = 'written' | 'not-written' | 'edited';

function hashOf(path: string): string | undefined {
  return existsSync(path) ? sha256(readFileSync(path)) : undefined;
}

/** Whether the run wrote this entry's file, judged from what is on disk now. */
function stateOf(entry: JournalEntry): State {
  const now = hashOf(entry.path);
  switch (entry.operation) {
    case 'edit':
      return now === entry.afterHash ? 'written' : now === entry.beforeHash ? 'not-written' : 'edited';
    case 'create':
      return now === undefined ? 'not-written' : now === entry.afterHash ? 'written' : 'edited';
    case 'delete':
      return now === undefined ? 'written' : now === entry.beforeHash ? 'not-written' : 'edited';
    case 'move': {
      const old = hashOf(entry.from!);
      if (now === entry.afterHash && (old === undefined || old === entry.beforeHash)) return 'written';
      return now === undefined && old === entry.beforeHash ? 'not-written' : 'edited';
    }
  }
}

function restore(journal: Journal, entry: JournalEntry): void {
  if (entry.operation === 'create') {
    unlinkSync(entry.path);
    // Folders the run made for the file (a generator's new feature folder) go with it.
    removeEmptyDirs(dirname(entry.path), journal.header.root);
    return;
  }
  const original = readOriginal(journal, entry);
  const destination = entry.operation === 'move' ? entry.from! : entry.path;
  mkdirSync(dirname(destination), { recursive: true });
  if (hashOf(destination) !== entry.beforeHash) writeFileDurably(destination, original, { mode: entry.mode });
  if (entry.operation === 'move') {
    unlinkSync(entry.path);
    removeEmptyDirs(dirname(entry.path), journal.header.root);
  }
}

/**
 * Restores the files of the last `--write` run exactly (bytes, so line endings and BOM too).
 * Works after a run that failed part-way or was killed: each file's current hash tells whether
 * the run wrote it; those it never wrote are reported and left alone. Refuses, touching nothing,
 * when any of them was edited since; the error names them.
 */
export function undoLastRun(root: string): UndoReport {
  const release = acquireWriteLock(root);
  try {
    const journal = loadLastJournal(root);
    if (!journal) throw new CodemorphError('usage', 'nothing to undo: no --write run recorded in .codemorph/journal');
    const show = (path: string): string => relative(root, path) || path;
    for (const entry of journal.entries) removeLeftoverTemps(entry.path);
    const states = journal.entries.map((entry) => ({ entry, state: stateOf(entry) }));
    const edited = states.filter(({ state }) => state === 'edited').map(({ entry }) => show(entry.path));
    if (edited.length > 0) {
      throw new CodemorphError('io', `cannot undo: edited since the last run: ${edited.join(', ')}`, {
        hint: 'restore or commit those files yourself, then run undo again',
      });
    }
    const restored: string[] = [];
    const removed: string[] = [];
    for (const { entry, state } of [...states].reverse()) {
      if (state !== 'written') continue;
      restore(journal, entry);
      restored.push(show(entry.operation === 'move' ? entry.from! : entry.path));
      if (entry.operation === 'create') removed.push(show(entry.path));
    }
    const notWritten = states.filter(({ state }) => state === 'not-written').map(({ entry }) => show(entry.path));
    retireJournal(root);
    return { restored: restored.reverse(), removed: removed.reverse(), notWritten };
  } finally {
    release();
  }
}
