import { closeSync, fstatSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { fsPromises } from '../core/lazy-builtins.js';

export const DEFAULT_MAX_FILE_SIZE = 2 * 1024 * 1024;

export type ReadResult =
  | { readonly kind: 'text'; readonly text: string; readonly bom: boolean }
  | { readonly kind: 'skip'; readonly reason: string };

/** Reads a source file as UTF-8 text, or says why it is skipped (too large, binary, unreadable). */
export async function readSource(path: string, maxSize = DEFAULT_MAX_FILE_SIZE): Promise<ReadResult> {
  try {
    const info = await fsPromises().stat(path);
    if (info.size > maxSize) return tooLarge(info.size, maxSize);
    return decode(await fsPromises().readFile(path));
  } catch (error) {
    return unreadable(error);
  }
}

/** A file turned away by `mayMatch` from its bytes, undecoded. */
export type SyncReadResult = ReadResult | { readonly kind: 'filtered' };

export interface SyncReadOptions {
  /**
   * Asked about the file's bytes (binary files and files too large are skipped first): false
   * means no pass could want the text, and it is not decoded (src/core/byte-prefilter.ts).
   */
  readonly mayMatch?: (bytes: Buffer) => boolean;
}

/**
 * Bytes of the files read by readSourceSync, one after the other: a fresh buffer per file cost
 * its memory's first touch (slow on the 2-core VMs) and, with decoding, a fifth of reading 1M
 * lines. Kept for limits up to this size; a larger --max-file-size reads as before.
 */
const SCRATCH_UP_TO = 8 * 1024 * 1024;
let scratch: Buffer | undefined;

/**
 * The same, blocking: for worker threads and a run on the main thread, where a blocking read saves
 * the round trips of four async calls (stat, open, read, close) through libuv's thread pool per
 * file. Three calls here (open, read, close): a file is read into a buffer one byte larger than
 * the limit, and only a file that fills it is asked its size.
 */
export function readSourceSync(path: string, maxSize: number = DEFAULT_MAX_FILE_SIZE, options: SyncReadOptions = {}): SyncReadResult {
  try {
    const bytes = maxSize + 1 <= SCRATCH_UP_TO ? readBounded(path, maxSize) : readWhole(path, maxSize);
    if (typeof bytes === 'number') return tooLarge(bytes, maxSize);
    if (isBinary(bytes)) return { kind: 'skip', reason: 'binary file' };
    if (options.mayMatch && !options.mayMatch(bytes)) return { kind: 'filtered' };
    return decodeText(bytes);
  } catch (error) {
    return unreadable(error);
  }
}

/** The file's bytes (a view of the scratch buffer, valid until the next read), or its size when over the limit. */
function readBounded(path: string, maxSize: number): Buffer | number {
  const capacity = maxSize + 1;
  if (!scratch || scratch.length < capacity) scratch = Buffer.allocUnsafeSlow(capacity);
  const fd = openSync(path, 'r');
  try {
    let length = 0;
    while (length < capacity) {
      const read = readSync(fd, scratch, length, capacity - length, null);
      if (read === 0) break;
      length += read;
    }
    return length > maxSize ? fstatSync(fd).size : scratch.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

function readWhole(path: string, maxSize: number): Buffer | number {
  const info = statSync(path);
  return info.size > maxSize ? info.size : readFileSync(path);
}

// A NUL byte in the first 8 KB is how git and grep tell binary files apart.
const isBinary = (bytes: Buffer): boolean => bytes.subarray(0, 8192).includes(0);

function tooLarge(size: number, maxSize: number): ReadResult {
  return { kind: 'skip', reason: `larger than --max-file-size (${size} > ${maxSize} bytes)` };
}

function decode(bytes: Buffer): ReadResult {
  return isBinary(bytes) ? { kind: 'skip', reason: 'binary file' } : decodeText(bytes);
}

function decodeText(bytes: Buffer): ReadResult {
  const text = bytes.toString('utf8');
  const bom = text.charCodeAt(0) === 0xfeff;
  return { kind: 'text', text: bom ? text.slice(1) : text, bom };
}

function unreadable(error: unknown): ReadResult {
  const code = (error as NodeJS.ErrnoException).code ?? 'error';
  return { kind: 'skip', reason: `cannot read (${code})` };
}
