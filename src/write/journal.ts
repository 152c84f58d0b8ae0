import * as fs from 'node:fs';
import { join } from 'node:path';
import { CodemorphError } from '../core/errors.js';
import { fsyncDir, removeLeftoverTemps, sha256, writeAll, writeFileDurably } from './durable.js';
import { ioReason } from './io-reason.js';

export { sha256 } from './durable.js';

export const JOURNAL_DIR = join('.codemorph', 'journal');
/** The journal of the last --write run: what undo restores. */
const LAST = 'last';
const NEXT = 'next';
const HEADER = 'header.json';
const ENTRIES = 'entries.jsonl';
const ORIGINALS = 'originals.bin';
const FORMAT = 'codemorph-journal';
const VERSION = 2;

/**
 * One file the run is about to change. Written (and fsynced) to the journal before the file is
 * touched, so after any interruption undo can tell, from the file's current hash, whether the
 * run wrote it.
 */
export interface JournalEntry {
  readonly operation: 'edit' | 'create' | 'delete' | 'move';
  /** Absolute real path the run writes (for a move: the new place). */
  readonly path: string;
  /** For a move: where the file was. */
  readonly from?: string;
  /** sha256 of the original bytes; absent for a created file. */
  readonly beforeHash?: string;
  /** Where the original bytes are in originals.bin. */
  readonly offset?: number;
  readonly length?: number;
  /** sha256 of the bytes the run writes; absent for a deleted file. */
  readonly afterHash?: string;
  /** Permission bits of the original, so undo brings a deleted file back as it was. */
  readonly mode?: number;
}

export interface JournalHeader {
  readonly format: typeof FORMAT;
  readonly version: typeof VERSION;
  readonly createdAt: string;
  readonly root: string;
}

export interface Journal {
  readonly header: JournalHeader;
  readonly dir: string;
  readonly entries: readonly JournalEntry[];
}

export function journalDir(root: string): string {
  return join(root, JOURNAL_DIR);
}

/** The caller says what it means for the files: before the first one, nothing changed. */
function journalError(path: string, reason: string): CodemorphError {
  return new CodemorphError('io', `undo journal not written: ${reason}`, { path });
}

/**
 * An open journal for one --write run. `record` makes a batch of entries and their original
 * bytes durable (one fsync each for the entries and the originals, not one per file); only
 * then may the caller touch those files.
 */
export class JournalWriter {
  private offset = 0;
  private constructor(
    readonly dir: string,
    private readonly entriesFd: number,
    private readonly originalsFd: number,
  ) {}

  /**
   * Starts the journal of a new run, replacing the last one (its undo window ends when a new
   * --write starts). Throws, naming the journal, when it cannot be written: nothing is touched then.
   */
  static open(root: string): JournalWriter {
    const base = journalDir(root);
    const next = join(base, NEXT);
    const last = join(base, LAST);
    try {
      fs.mkdirSync(base, { recursive: true });
      fs.rmSync(next, { recursive: true, force: true });
      fs.mkdirSync(next);
      const header: JournalHeader = { format: FORMAT, version: VERSION, createdAt: new Date().toISOString(), root };
      writeFileDurably(join(next, HEADER), Buffer.from(`${JSON.stringify(header)}\n`));
      fs.writeFileSync(join(next, ENTRIES), '');
      fs.writeFileSync(join(next, ORIGINALS), '');
      fsyncDir(next);
      cleanAfterKilledRun(root);
      for (const name of fs.readdirSync(base)) {
        if (name === LAST || name.startsWith('undone-')) fs.rmSync(join(base, name), { recursive: true, force: true });
      }
      fs.renameSync(next, last);
      fsyncDir(base);
      return new JournalWriter(last, fs.openSync(join(last, ENTRIES), 'a'), fs.openSync(join(last, ORIGINALS), 'a'));
    } catch (error) {
      if (error instanceof CodemorphError) throw error;
      throw journalError(join(base, fs.existsSync(last) ? LAST : NEXT), ioReason(error));
    }
  }

  /** Appends the entries (with the original bytes of each) and makes them durable. */
  record(items: readonly { entry: Omit<JournalEntry, 'offset' | 'length' | 'beforeHash'>; original?: Buffer }[]): JournalEntry[] {
    const recorded: JournalEntry[] = [];
    const originals: Buffer[] = [];
    for (const { entry, original } of items) {
      if (original) {
        recorded.push({ ...entry, beforeHash: sha256(original), offset: this.offset, length: original.length });
        originals.push(original);
        this.offset += original.length;
      } else {
        recorded.push(entry);
      }
    }
    try {
      for (const original of originals) writeAll(this.originalsFd, original);
      fs.fsyncSync(this.originalsFd);
      writeAll(this.entriesFd, Buffer.from(recorded.map((entry) => `${JSON.stringify(entry)}\n`).join('')));
      fs.fsyncSync(this.entriesFd);
    } catch (error) {
      throw journalError(join(this.dir, ENTRIES), ioReason(error));
    }
    return recorded;
  }

  close(): void {
    fs.closeSync(this.entriesFd);
    fs.closeSync(this.originalsFd);
  }
}

function unreadable(path: string, why: string): CodemorphError {
  return new CodemorphError('io', `cannot read the journal: ${why}`, {
    path,
    hint: 'restore the files with git instead; `codemorph undo` reads only journals written by codemorph --write',
  });
}

/** A run killed mid-write leaves one temp file beside the file in flight; the next run removes it. */
function cleanAfterKilledRun(root: string): void {
  let journal: Journal | undefined;
  try {
    journal = loadLastJournal(root);
  } catch {
    return; // unreadable: it names no files to look beside
  }
  for (const entry of journal?.entries ?? []) removeLeftoverTemps(entry.path);
}

/** The last run's journal, or undefined when there is none. Never throws anything but a one-line error. */
export function loadLastJournal(root: string): Journal | undefined {
  const dir = join(journalDir(root), LAST);
  const headerPath = join(dir, HEADER);
  if (!fs.existsSync(dir)) return undefined;
  let header: JournalHeader;
  try {
    header = JSON.parse(fs.readFileSync(headerPath, 'utf8')) as JournalHeader;
  } catch (error) {
    throw unreadable(headerPath, error instanceof SyntaxError ? 'not valid JSON (truncated or foreign)' : ioReason(error));
  }
  if (header?.format !== FORMAT || header.version !== VERSION || typeof header.root !== 'string') {
    throw unreadable(headerPath, `not a codemorph journal of version ${VERSION}`);
  }
  const entriesPath = join(dir, ENTRIES);
  let text: string;
  try {
    text = fs.readFileSync(entriesPath, 'utf8');
  } catch (error) {
    throw unreadable(entriesPath, ioReason(error));
  }
  // Every entry ends with a newline. A run killed while appending leaves a last line without
  // one: it was never fsynced, so none of its files had been touched yet. Drop it.
  const complete = text.split('\n').slice(0, -1);
  const entries: JournalEntry[] = [];
  for (const [index, line] of complete.entries()) {
    try {
      const entry = JSON.parse(line) as JournalEntry;
      if (typeof entry.path !== 'string' || !['edit', 'create', 'delete', 'move'].includes(entry.operation)) throw new Error('bad entry');
      entries.push(entry);
    } catch {
      throw unreadable(entriesPath, `line ${index + 1} is not a journal entry`);
    }
  }
  return { header, dir, entries };
}

/** The original bytes of an entry, checked against the hash recorded with them. */
export function readOriginal(journal: Journal, entry: JournalEntry): Buffer {
  const path = join(journal.dir, ORIGINALS);
  const bytes = Buffer.alloc(entry.length ?? 0);
  const fd = fs.openSync(path, 'r');
  try {
    const read = fs.readSync(fd, bytes, 0, bytes.length, entry.offset ?? 0);
    if (read !== bytes.length || sha256(bytes) !== entry.beforeHash) {
      throw unreadable(path, `the original of ${entry.from ?? entry.path} is damaged`);
    }
  } finally {
    fs.closeSync(fd);
  }
  return bytes;
}

/** Keeps the undone journal for the record (until the next --write), so `undo` twice does nothing. */
export function retireJournal(root: string): void {
  const base = journalDir(root);
  fs.renameSync(join(base, LAST), join(base, `undone-${new Date().toISOString().replace(/[:.]/g, '-')}`));
  fsyncDir(base);
}
