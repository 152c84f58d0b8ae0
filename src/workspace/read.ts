import { readFileSync, statSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';

export const DEFAULT_MAX_FILE_SIZE = 2 * 1024 * 1024;

export type ReadResult =
  | { readonly kind: 'text'; readonly text: string; readonly bom: boolean }
  | { readonly kind: 'skip'; readonly reason: string };

/** Reads a source file as UTF-8 text, or says why it is skipped (too large, binary, unreadable). */
export async function readSource(path: string, maxSize = DEFAULT_MAX_FILE_SIZE): Promise<ReadResult> {
  try {
    const info = await stat(path);
    if (info.size > maxSize) {
      return { kind: 'skip', reason: `larger than --max-file-size (${info.size} > ${maxSize} bytes)` };
    }
    return decode(await readFile(path));
  } catch (error) {
    return unreadable(error);
  }
}

/**
 * The same, blocking: for worker threads, where a blocking read costs nothing and saves the
 * round trips of four async calls (stat, open, read, close) through libuv's thread pool per file.
 */
export function readSourceSync(path: string, maxSize = DEFAULT_MAX_FILE_SIZE): ReadResult {
  try {
    const info = statSync(path);
    if (info.size > maxSize) {
      return { kind: 'skip', reason: `larger than --max-file-size (${info.size} > ${maxSize} bytes)` };
    }
    return decode(readFileSync(path));
  } catch (error) {
    return unreadable(error);
  }
}

function decode(bytes: Buffer): ReadResult {
  // A NUL byte in the first 8 KB is how git and grep tell binary files apart.
  if (bytes.subarray(0, 8192).includes(0)) return { kind: 'skip', reason: 'binary file' };
  const text = bytes.toString('utf8');
  const bom = text.charCodeAt(0) === 0xfeff;
  return { kind: 'text', text: bom ? text.slice(1) : text, bom };
}

function unreadable(error: unknown): ReadResult {
  const code = (error as NodeJS.ErrnoException).code ?? 'error';
  return { kind: 'skip', reason: `cannot read (${code})` };
}
