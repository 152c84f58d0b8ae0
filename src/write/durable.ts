import { crypto } from '../core/lazy-builtins.js';
import * as fs from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * The few fs calls a durable write makes, so a test can inject the faults a real disk produces
 * (a short write, ENOSPC on fsync) without root or a full filesystem.
 */
export interface WriteIO {
  writeSync(fd: number, buffer: Uint8Array, offset: number, length: number): number;
  fsyncSync(fd: number): void;
}

const nodeIO: WriteIO = {
  writeSync: (fd, buffer, offset, length) => fs.writeSync(fd, buffer, offset, length),
  fsyncSync: (fd) => fs.fsyncSync(fd),
};

export function sha256(bytes: Uint8Array | string): string {
  return crypto().createHash('sha256').update(bytes).digest('hex');
}

/** A short write with nothing more accepted: what write(2) does on a full disk without saying so. */
function noProgress(): NodeJS.ErrnoException {
  return Object.assign(new Error('no space left on device (the disk accepted no more bytes)'), { code: 'ENOSPC' });
}

/**
 * Writes all of `bytes` at the fd's position: write(2) may write fewer bytes than asked (a full
 * disk, a signal), so loop until everything is in, and fail rather than stop short.
 */
export function writeAll(fd: number, bytes: Uint8Array, io: WriteIO = nodeIO): void {
  let offset = 0;
  while (offset < bytes.length) {
    const written = io.writeSync(fd, bytes, offset, bytes.length - offset);
    if (written <= 0) throw noProgress();
    offset += written;
  }
}

/** Flushes a directory entry (a rename or a new file) to disk; not every platform can. */
export function fsyncDir(dir: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Windows cannot open a directory; some filesystems refuse fsync on one. The rename still happened.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** Temp files of `target` start with this (in its folder): `.name.codemorph-<pid>-<random>.tmp`. */
function tempPrefix(target: string): string {
  return `.${basename(target)}.codemorph-`;
}

/**
 * Removes temp files that a killed run left beside `target` (a SIGKILL cannot clean up the one
 * write in flight). Only call it while holding the write lock: then no other run has one open.
 */
export function removeLeftoverTemps(target: string): void {
  const prefix = tempPrefix(target);
  let names: string[];
  try {
    names = fs.readdirSync(dirname(target));
  } catch {
    return; // the folder is gone: nothing left in it
  }
  for (const name of names) {
    if (name.startsWith(prefix) && name.endsWith('.tmp')) unlinkQuietly(join(dirname(target), name));
  }
}

export interface DurableWriteOptions {
  /** Permission bits of the new file (default: the existing file's, else 0o666 less the umask). */
  readonly mode?: number;
  readonly io?: WriteIO;
  /** Skip the directory fsync (a caller that writes many files syncs each folder once). */
  readonly skipDirSync?: boolean;
}

function unlinkQuietly(path: string): void {
  try {
    fs.unlinkSync(path);
  } catch {
    // Already gone, or the folder went away: nothing left to clean.
  }
}

/**
 * Replaces `target` with `bytes` so that at every instant the file is either wholly old or wholly
 * new: write a temp file beside it (same filesystem, so the rename is atomic), write every byte,
 * fsync, read it back and compare size and hash, keep the old file's mode and owner, then rename.
 * On any failure the temp file is removed and the original is untouched.
 */
export function writeFileDurably(target: string, bytes: Uint8Array, options: DurableWriteOptions = {}): void {
  const io = options.io ?? nodeIO;
  const dir = dirname(target);
  const existing = fs.statSync(target, { throwIfNoEntry: false });
  const temp = join(dir, `${tempPrefix(target)}${process.pid}-${crypto().randomBytes(4).toString('hex')}.tmp`);
  const mode = options.mode ?? (existing ? existing.mode & 0o7777 : 0o666);
  let fd: number | undefined = fs.openSync(temp, 'wx', mode);
  try {
    writeAll(fd, bytes, io);
    // openSync's mode is masked by the umask; the old file's exact bits are what the user had.
    if (existing) {
      fs.fchmodSync(fd, mode);
      if (process.getuid?.() === 0) fs.fchownSync(fd, existing.uid, existing.gid);
    }
    io.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    verifyWritten(temp, bytes);
    fs.renameSync(temp, target);
  } catch (error) {
    if (fd !== undefined) {
      try {
        fs.closeSync(fd);
      } catch {
        // The write already failed; that error is the one to report.
      }
    }
    unlinkQuietly(temp);
    throw error;
  }
  if (!options.skipDirSync) fsyncDir(dir);
}

/** One read-back buffer for every verification: a copy of each file would pile up until the next GC. */
const CHUNK = Buffer.allocUnsafe(256 * 1024);

/**
 * Reads the temp file back, comparing it chunk by chunk: what is about to replace the original
 * must be exactly what was meant (a filesystem may report a write it did not keep).
 */
function verifyWritten(temp: string, bytes: Uint8Array): void {
  const fd = fs.openSync(temp, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    let offset = 0;
    let same = size === bytes.length;
    while (same && offset < size) {
      const read = fs.readSync(fd, CHUNK, 0, Math.min(CHUNK.length, size - offset), offset);
      if (read <= 0) break;
      same = CHUNK.subarray(0, read).equals(bytes.subarray(offset, offset + read));
      offset += read;
    }
    if (!same || offset !== bytes.length) {
      throw Object.assign(new Error(`read back ${size} bytes of ${bytes.length}, or different bytes`), { code: 'EIO' });
    }
  } finally {
    fs.closeSync(fd);
  }
}
