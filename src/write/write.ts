import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, statSync, unlinkSync } from 'node:fs';
import { dirname, sep } from 'node:path';
import { CodemorphError } from '../core/errors.js';
import type { ChangedFile, FileResult } from '../core/result.js';
import { confine } from './confine.js';
import { fsyncDir, sha256, writeFileDurably } from './durable.js';
import { ioReason } from './io-reason.js';
import { JournalWriter, type JournalEntry } from './journal.js';

/** A changed file as the writer needs it: its texts may live on disk (see spill.ts), not in memory. */
export interface WriteItem {
  /** The result without needing `before`/`after` to be held (they may be empty placeholders). */
  readonly result: ChangedFile;
  /** sha256 of the text the run read (`result.before`, without a BOM). */
  readonly beforeHash: string;
  /** The new text. */
  readonly after: () => string;
}

export interface WriteOutcome {
  /** The result with its texts filled in (for reporters), or as given when it failed early. */
  readonly result: ChangedFile;
  /** Undefined when written; the failure otherwise. */
  readonly error?: CodemorphError;
  /** Not tried because the writes stopped (see WriteReport.halted): no line of its own is due. */
  readonly notAttempted?: boolean;
}

export interface WriteHooks {
  /** Called after each file, written or failed, in order. */
  readonly onOutcome?: (outcome: WriteOutcome) => void;
  /** Checked before each file: true stops the writes (the rest are reported as not attempted). */
  readonly shouldStop?: () => boolean;
}

export interface WriteReport {
  /** Every file's outcome, in order, without its texts (hooks.onOutcome gets them). */
  readonly outcomes: readonly WriteOutcome[];
  /** Why the writes stopped before the end: interrupted, or the journal (named in the error) failed. */
  readonly halted?: { readonly kind: 'interrupted' } | { readonly kind: 'journal'; readonly error: CodemorphError };
}

interface Planned {
  readonly item: WriteItem;
  readonly target: string;
  readonly from?: string;
  readonly original?: Buffer;
  readonly bytes?: Buffer;
  readonly mode?: number;
  readonly entry: Omit<JournalEntry, 'offset' | 'length' | 'beforeHash'>;
}

/** Files (and original bytes) journaled with one fsync before any of them is touched. */
const BATCH_FILES = 64;
const BATCH_BYTES = 16 * 1024 * 1024;

function stripBom(text: string): { text: string; bom: boolean } {
  return text.charCodeAt(0) === 0xfeff ? { text: text.slice(1), bom: true } : { text, bom: false };
}

function notWritten(result: ChangedFile, reason: string, cause?: unknown): CodemorphError {
  return new CodemorphError('io', `not written: ${reason}`, { path: result.path, cause });
}

/** Checks the file on disk is still what the run read, and works out the bytes to write. */
function plan(root: string, item: WriteItem): Planned {
  const { result } = item;
  const target = confine(root, result.path);
  const from = result.operation === 'move' ? confine(root, result.previousPath!) : undefined;
  const source = from ?? target;
  let original: Buffer | undefined;
  let originalText: string | undefined;
  let bom = false;
  let mode: number | undefined;
  if (result.operation !== 'create') {
    const stat = statSync(source, { throwIfNoEntry: false });
    if (!stat) throw notWritten(result, 'deleted since codemorph read it');
    if (!stat.isFile()) throw notWritten(result, 'no longer a regular file');
    // A file with no write bit is one somebody meant to keep as it is (root could replace it anyway).
    if ((stat.mode & 0o222) === 0 && result.operation !== 'delete') throw notWritten(result, 'the file is read-only');
    mode = stat.mode & 0o7777;
    original = readFileSync(source);
    const current = stripBom(original.toString('utf8'));
    originalText = current.text;
    bom = current.bom;
    if (sha256(current.text) !== item.beforeHash) throw notWritten(result, 'changed on disk since codemorph read it');
  } else if (existsSync(target)) {
    throw notWritten(result, 'already exists; not created');
  }
  const after = result.operation === 'delete' ? undefined : item.after();
  // A file moved unedited keeps its exact bytes (images and other binary assets move with folders).
  const untouchedMove = result.operation === 'move' && original !== undefined && after === originalText;
  const bytes = after === undefined ? undefined : untouchedMove ? original : Buffer.from((bom ? '\uFEFF' : '') + after, 'utf8');
  return {
    item,
    target,
    from,
    original,
    bytes,
    mode,
    entry: {
      operation: result.operation,
      path: target,
      ...(from ? { from } : {}),
      ...(bytes ? { afterHash: sha256(bytes) } : {}),
      ...(mode !== undefined ? { mode } : {}),
    },
  };
}

/** After a move: removes the folders it left empty, up to (not including) the root. */
export function removeEmptyDirs(dir: string, root: string): void {
  let current = dir;
  while (current !== root && current.startsWith(root + sep)) {
    if (readdirSync(current).length > 0) return;
    rmdirSync(current);
    current = dirname(current);
  }
}

/** Changes one file on disk; returns the folders whose entries changed (to fsync once per batch). */
function apply(planned: Planned, root: string): string[] {
  const { item, target, from, bytes, mode } = planned;
  if (item.result.operation === 'delete') {
    unlinkSync(target);
    return [dirname(target)];
  }
  mkdirSync(dirname(target), { recursive: true });
  // The new file is complete on disk before the old one goes: a kill in between leaves both, never neither.
  writeFileDurably(target, bytes!, { mode, skipDirSync: true });
  if (!from) return [dirname(target)];
  unlinkSync(from);
  removeEmptyDirs(dirname(from), root);
  return [dirname(target), dirname(from)];
}

function asError(error: unknown, result: ChangedFile): CodemorphError {
  if (error instanceof CodemorphError) return error;
  return notWritten(result, ioReason(error), error);
}

/** The result as reporters expect it: the texts filled in from disk and the spill. */
function withTexts(planned: Planned): ChangedFile {
  const { result } = planned.item;
  const before = planned.original ? stripBom(planned.original.toString('utf8')).text : '';
  const after = planned.bytes ? stripBom(planned.bytes.toString('utf8')).text : '';
  return { ...result, before, after };
}

const yieldToEvents = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Writes changed files in place: each file atomically (temp file, every byte checked, fsync,
 * rename), after its original bytes are durable in the undo journal. A file that fails
 * (confinement, changed on disk, read-only, a full disk) is left as it was and the rest go on;
 * a journal that cannot be written stops everything before another file is touched. Memory is
 * bounded by one batch: the items' texts are read when their batch comes.
 */
export async function writeChanges(root: string, items: Iterable<WriteItem>, hooks: WriteHooks = {}): Promise<WriteReport> {
  const outcomes: WriteOutcome[] = [];
  const report = (outcome: WriteOutcome): void => {
    hooks.onOutcome?.(outcome);
    // Kept without the texts: holding every written file's old and new text would make memory grow
    // with the size of the change (measured: 2 GB more than a dry run over 10M lines).
    const { result } = outcome;
    outcomes.push(result.status === 'changed' && (result.before || result.after) ? { ...outcome, result: { ...result, before: '', after: '' } } : outcome);
  };
  let journal: JournalWriter | undefined;
  let halted: WriteReport['halted'];
  // A file that fails its checks waits in the batch too, so outcomes come out in file order.
  let batch: Array<Planned | { readonly failed: WriteOutcome }> = [];
  let batchBytes = 0;
  const skip = (result: ChangedFile): void => {
    const reason = halted?.kind === 'journal' ? 'the undo journal could not be written' : 'interrupted';
    report({ result, error: notWritten(result, reason), notAttempted: true });
  };

  const flush = async (): Promise<void> => {
    const current = batch;
    batch = [];
    batchBytes = 0;
    if (current.length === 0) return;
    if (!halted) {
      try {
        const planned = current.filter((entry): entry is Planned => !('failed' in entry));
        // Opened with the first file to write: a run that writes nothing keeps the last run's undo.
        if (planned.length > 0) {
          journal ??= JournalWriter.open(root);
          journal.record(planned.map((entry) => ({ entry: entry.entry, original: entry.original })));
        }
      } catch (error) {
        halted = { kind: 'journal', error: error as CodemorphError };
      }
    }
    const dirs = new Set<string>();
    for (const planned of current) {
      if ('failed' in planned) {
        report(planned.failed);
        continue;
      }
      await yieldToEvents(); // lets a SIGINT handler run between files
      if (!halted && hooks.shouldStop?.()) halted = { kind: 'interrupted' };
      if (halted) {
        skip(planned.item.result);
        continue;
      }
      try {
        for (const dir of apply(planned, root)) dirs.add(dir);
        report({ result: withTexts(planned) });
      } catch (error) {
        report({ result: planned.item.result, error: asError(error, planned.item.result) });
      }
    }
    for (const dir of dirs) fsyncDir(dir);
  };

  try {
    for (const item of items) {
      if (halted) {
        skip(item.result);
        continue;
      }
      try {
        const planned = plan(root, item);
        batch.push(planned);
        batchBytes += (planned.original?.length ?? 0) + (planned.bytes?.length ?? 0);
      } catch (error) {
        batch.push({ failed: { result: item.result, error: asError(error, item.result) } });
      }
      if (batch.length >= BATCH_FILES || batchBytes >= BATCH_BYTES) await flush();
    }
    await flush();
  } finally {
    journal?.close();
  }
  return { outcomes, ...(halted ? { halted } : {}) };
}

/** Writes results held in memory (the library API and the test harness). */
export function writeResults(root: string, results: readonly FileResult[]): Promise<WriteReport> {
  const items: WriteItem[] = [];
  for (const result of results) {
    if (result.status !== 'changed') continue;
    items.push({ result, beforeHash: sha256(result.before), after: () => result.after });
  }
  return writeChanges(root, items);
}
