import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';

export const JOURNAL_DIR = join('.codemorph', 'journal');
const LAST = 'last.json';

export interface JournalEntry {
  readonly operation: 'edit' | 'create' | 'delete' | 'move';
  /** Absolute real path the run wrote (for a move: the new place). */
  readonly path: string;
  /** For a move: where the file was. */
  readonly from?: string;
  /** The original bytes, base64; absent for a created file. */
  readonly before?: string;
  /** sha256 of the bytes the run wrote; absent for a deleted file. */
  readonly afterHash?: string;
}

export interface Journal {
  readonly version: 1;
  readonly createdAt: string;
  readonly root: string;
  readonly entries: JournalEntry[];
}

export function sha256(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Writes the journal atomically; the undo command reads the last one. */
export function saveJournal(root: string, journal: Journal): string {
  const dir = join(root, JOURNAL_DIR);
  mkdirSync(dir, { recursive: true });
  const path = join(dir, LAST);
  writeFileAtomic.sync(path, `${JSON.stringify(journal)}\n`);
  return path;
}

export function loadLastJournal(root: string): Journal | undefined {
  const path = join(root, JOURNAL_DIR, LAST);
  if (!existsSync(path)) return undefined;
  return JSON.parse(readFileSync(path, 'utf8')) as Journal;
}

/** Keeps the undone journal for the record, so `undo` twice does nothing the second time. */
export function retireJournal(root: string): void {
  const dir = join(root, JOURNAL_DIR);
  renameSync(join(dir, LAST), join(dir, `undone-${new Date().toISOString().replace(/[:.]/g, '-')}.json`));
}
