import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, unlinkSync } from 'node:fs';
import { dirname, sep } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { CodemorphError, errorMessage } from '../core/errors.js';
import type { ChangedFile, FileResult } from '../core/result.js';
import { confine } from './confine.js';
import { saveJournal, sha256, type JournalEntry } from './journal.js';

export interface WriteOutcome {
  readonly result: ChangedFile;
  /** Undefined when written; the failure otherwise. */
  readonly error?: CodemorphError;
}

interface Planned {
  readonly result: ChangedFile;
  readonly target: string;
  readonly from?: string;
  readonly bytes?: Buffer;
  readonly entry: JournalEntry;
}

function stripBom(text: string): { text: string; bom: boolean } {
  return text.charCodeAt(0) === 0xfeff ? { text: text.slice(1), bom: true } : { text, bom: false };
}

/** Checks the file on disk is still what the run read, and works out the bytes to write. */
function plan(root: string, result: ChangedFile): Planned {
  const target = confine(root, result.path);
  const from = result.operation === 'move' ? confine(root, result.previousPath!) : undefined;
  const source = from ?? target;
  let original: Buffer | undefined;
  let bom = false;
  if (result.operation !== 'create') {
    original = readFileSync(source);
    const current = stripBom(original.toString('utf8'));
    bom = current.bom;
    if (current.text !== result.before) {
      throw new CodemorphError('io', 'changed on disk since codemorph read it; not written', {
        path: result.path,
      });
    }
  } else if (existsSync(target)) {
    throw new CodemorphError('io', 'already exists; not created', { path: result.path });
  }
  // A file moved unedited keeps its exact bytes (images and other binary assets move with folders).
  const untouchedMove = result.operation === 'move' && result.after === result.before && original !== undefined;
  const bytes = result.operation === 'delete' ? undefined : untouchedMove ? original : Buffer.from((bom ? '\uFEFF' : '') + result.after, 'utf8');
  return {
    result,
    target,
    from,
    bytes,
    entry: {
      operation: result.operation,
      path: target,
      ...(from ? { from } : {}),
      ...(original ? { before: original.toString('base64') } : {}),
      ...(bytes ? { afterHash: sha256(bytes) } : {}),
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

function apply(planned: Planned, root: string): void {
  const { result, target, from, bytes } = planned;
  if (result.operation === 'delete') {
    unlinkSync(target);
    return;
  }
  mkdirSync(dirname(target), { recursive: true });
  if (from) {
    renameSync(from, target);
    removeEmptyDirs(dirname(from), root);
  }
  // Temp file + rename in the same directory: a crash leaves the old file or the new one, never half.
  // write-file-atomic also keeps the existing file's mode.
  writeFileAtomic.sync(target, bytes!);
}

/**
 * Writes changed files in place, atomically per file, after recording their original bytes in
 * the undo journal. A file that fails (confinement, changed on disk, IO) is left as it was.
 */
export function writeResults(root: string, results: readonly FileResult[]): WriteOutcome[] {
  const outcomes: WriteOutcome[] = [];
  const planned: Planned[] = [];
  for (const result of results) {
    if (result.status !== 'changed') continue;
    try {
      planned.push(plan(root, result));
    } catch (error) {
      outcomes.push({ result, error: asError(error, result) });
    }
  }
  if (planned.length === 0) return outcomes;
  const journal = { version: 1 as const, createdAt: new Date().toISOString(), root, entries: planned.map((item) => item.entry) };
  saveJournal(root, journal);
  const applied: JournalEntry[] = [];
  for (const item of planned) {
    try {
      apply(item, journal.root);
      applied.push(item.entry);
      outcomes.push({ result: item.result });
    } catch (error) {
      outcomes.push({ result: item.result, error: asError(error, item.result) });
    }
  }
  if (applied.length !== planned.length) saveJournal(root, { ...journal, entries: applied });
  return outcomes;
}

function asError(error: unknown, result: ChangedFile): CodemorphError {
  if (error instanceof CodemorphError) return error;
  return new CodemorphError('io', `cannot write: ${errorMessage(error)}`, { path: result.path, cause: error });
}
