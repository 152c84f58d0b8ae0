// Loads one large CommonJS module (TypeScript's 9 MB compiler) with V8's code cache, kept across
// runs in the user's cache folder. Node 20 has no compile cache of its own (Node >= 22.1 has
// module.enableCompileCache(), which bin/ turns on for everything else). Compiling the compiler
// again costs every run and every worker thread about 0.2 s; with the cache it is read instead.
//
// Why not the v8-compile-cache package: it caches every module, keeps the data in the shared
// temporary folder, and saves it at process exit (worker threads, which the pool terminates, never
// save), and it makes the cache when a module is compiled, before any of its functions ran. Here
// the cache is made after a warm-up, so it also holds the parser's functions V8 compiles lazily.
//
// Safety: a cache file names the exact source it was made from (CRC32 of the text) and carries a
// CRC32 of its own data; V8 checks its version and flags. Anything that does not match is ignored
// and made again. Files are written whole (a temporary file renamed into place) or not at all; a
// folder that cannot be written (read-only, full) costs nothing but the cache. Plain CommonJS
// like typescript.cjs beside it (scripts/build.mjs copies both into dist/).
'use strict';
const fs = require('node:fs');
const Module = require('node:module');
const os = require('node:os');
const path = require('node:path');
const vm = require('node:vm');
const { crc32 } = require('node:zlib');
const { isAscii } = require('node:buffer');

const MAGIC = 'codemorph-v8-cache-1';
const HEADER = MAGIC.length + 12; // magic, source CRC, data CRC, data length (uint32 each)

/** Where cache files go: $CODEMORPH_COMPILE_CACHE (`0` turns the cache off), else the user's cache folder. */
function cacheFolder() {
  const setting = process.env.CODEMORPH_COMPILE_CACHE;
  if (setting === '0' || setting === 'false') return undefined;
  if (setting) return path.resolve(setting);
  if (process.platform === 'win32') return process.env.LOCALAPPDATA ? path.join(process.env.LOCALAPPDATA, 'codemorph', 'Cache') : undefined;
  const home = os.homedir();
  if (process.platform === 'darwin') return path.join(home, 'Library', 'Caches', 'codemorph');
  return path.join(process.env.XDG_CACHE_HOME || path.join(home, '.cache'), 'codemorph');
}

/**
 * The cache file for a source in `folder`, named by the source's file name and length: known from
 * one stat, so that prefetch reads the source and the cache at once. What the cache was made from
 * is the CRC in its header (readCache); another source of the same length replaces it. The name
 * holds a CRC of the source's full path too: V8's cached data carries the name of the script it
 * was made from, and a script loaded with another's cache names that file in its stack traces
 * (two projects with the same codemorph installed: errors pointed into the other one).
 */
function cachePath(folder, file, sourceLength) {
  const base = path.basename(file).replace(/\.[cm]?js$/, '');
  const where = crc32(path.resolve(file)).toString(16).padStart(8, '0');
  return path.join(folder, `${base}-${process.versions.v8}-${process.arch}-${sourceLength}-${where}.cache`);
}

/**
 * The cached data in `file` when it was made from the source with this CRC and is whole; else
 * undefined. `early`: the file as prefetch read it (undefined: read it now).
 */
function readCache(file, sourceCrc, early) {
  let bytes = early;
  try {
    bytes ??= fs.readFileSync(file);
  } catch {
    return undefined;
  }
  if (bytes.length < HEADER || bytes.toString('latin1', 0, MAGIC.length) !== MAGIC) return undefined;
  const at = MAGIC.length;
  const length = bytes.readUInt32LE(at + 8);
  if (bytes.readUInt32LE(at) !== sourceCrc || bytes.length !== HEADER + length) return undefined;
  const data = bytes.subarray(HEADER);
  return crc32(data) === bytes.readUInt32LE(at + 4) ? data : undefined;
}

function writeCache(folder, file, sourceCrc, data) {
  const header = Buffer.alloc(HEADER);
  header.write(MAGIC, 0, 'latin1');
  header.writeUInt32LE(sourceCrc, MAGIC.length);
  header.writeUInt32LE(crc32(data), MAGIC.length + 4);
  header.writeUInt32LE(data.length, MAGIC.length + 8);
  const temporary = `${file}.${process.pid}.${require('node:worker_threads').threadId}.tmp`;
  try {
    fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
    fs.writeFileSync(temporary, Buffer.concat([header, data]), { mode: 0o600 });
    fs.renameSync(temporary, file);
    pruneStale(folder, file);
  } catch {
    // No cache this time (read-only or full disk, a folder in the way): the run goes on without it.
    try {
      fs.rmSync(temporary, { force: true });
    } catch {
      // nothing was written
    }
  }
}

/** A cache file (or one a killed process left half-written) as cachePath and writeCache name them. */
const OURS = /-\d+(?:\.\d+)+(?:-node\.\d+)?-\w+-[0-9a-f]+(?:-[0-9a-f]{8})?\.cache(?:\.\d+\.\d+\.tmp)?$/;
/** Unchanged for this long, a cache file is taken for one no version in use reads any more. */
const STALE_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * Removes our files in `folder` not written for STALE_MS, but `keep`: each TypeScript, Node or
 * codemorph version leaves its own (2.7 MB for TypeScript), and one still in use is made again.
 * Only files named as ours go, whatever else the folder holds. Called after a cache was written.
 */
function pruneStale(folder, keep) {
  try {
    const now = Date.now();
    for (const name of fs.readdirSync(folder)) {
      const file = path.join(folder, name);
      if (file === keep || !OURS.test(name)) continue;
      const stat = fs.statSync(file, { throwIfNoEntry: false });
      if (stat?.isFile() && now - stat.mtimeMs > STALE_MS) fs.rmSync(file, { force: true });
    }
  } catch {
    // Another process pruned first, or the folder cannot be listed: nothing is lost.
  }
}

/** Files read ahead by prefetch: file -> { done, wrapped?, cache?, cacheFile? }. */
const prefetched = new Map();

// The CommonJS wrapper around the module's text. The text is read into a buffer between the two,
// so that decoding it gives the whole script as one flat string: joining strings made V8 copy the
// 9 MB into a new one before compiling (a third of the compile step, about 35 ms here).
const PREFIX = Buffer.from('(function (exports, require, module, __filename, __dirname) { ', 'latin1');
const SUFFIX = Buffer.from('\n});', 'latin1');

/** A buffer for `size` bytes of source between the wrapper's two parts. */
function wrapperBuffer(size) {
  const buffer = Buffer.allocUnsafeSlow(PREFIX.length + size + SUFFIX.length);
  PREFIX.copy(buffer, 0);
  SUFFIX.copy(buffer, PREFIX.length + size);
  return buffer;
}

/** The source bytes of a wrapper buffer. */
function sourceOf(wrapped) {
  return wrapped.subarray(PREFIX.length, wrapped.length - SUFFIX.length);
}

/** The script: one-byte text (no decoding, and V8 keeps it outside its heap) when it is ASCII, as TypeScript is. */
function scriptText(wrapped) {
  return isAscii?.(wrapped) ? wrapped.toString('latin1') : wrapped.toString('utf8');
}

/** The module's source read whole into a wrapper buffer, on this thread. */
function readWrappedSync(file) {
  const fd = fs.openSync(file, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    const buffer = wrapperBuffer(size);
    for (let done = 0; done < size; ) {
      const read = fs.readSync(fd, buffer, PREFIX.length + done, size - done, done);
      if (read === 0) throw new Error(`${file}: changed while read`);
      done += read;
    }
    return buffer;
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * A whole file, read by one request on libuv's thread pool (fs.readFile reads 512 KB per
 * main-thread turn), into a wrapper buffer when `wrapped`.
 */
function readWhole(file, wrapped) {
  return new Promise((resolve, reject) => {
    let fd;
    let buffer;
    let size;
    try {
      fd = fs.openSync(file, 'r');
      size = fs.fstatSync(fd).size;
      buffer = wrapped ? wrapperBuffer(size) : Buffer.allocUnsafeSlow(size);
    } catch (error) {
      if (fd !== undefined) fs.closeSync(fd);
      reject(error);
      return;
    }
    const at = wrapped ? PREFIX.length : 0;
    // One read on the pool. Until session 10 a thread of the pool first wrote the buffer
    // (crypto.randomFill), so that the main thread would not pay for the first touch of pages only
    // the kernel had written: 7 ms less CPU, the same wall time. Once the compiler no longer loads
    // node:crypto (scripts/typescript-start-up.mjs), loading it for that alone cost more (6 ms):
    // without it a one-file check took 3.5 ms less wall time and 11 ms less CPU (21 interleaved
    // runs, docs/performance.md "Start-up").
    fs.read(fd, buffer, at, size, 0, (error, read) => {
      fs.close(fd, () => undefined);
      if (error) reject(error);
      else if (read !== size) reject(new Error(`${file}: short read`));
      else resolve(buffer);
    });
  });
}

/**
 * Starts reading `file` and its cache file on the thread pool, so that a later requireCached(file)
 * finds both read: meanwhile this thread does other work (loading modules, walking the tree).
 * Reading is a good part of loading a large module: on the 2-core machines TypeScript's 9 MB took
 * 33 ms (the pages the read fills cost most of it), its cache 10 ms. Resolves once both are read or
 * failed (never rejects: requireCached reads what is missing itself); requireCached checks what
 * was read exactly as what it reads itself. Nothing is read with the cache off.
 */
function prefetch(file) {
  if (require.cache[file]) return Promise.resolve();
  let entry = prefetched.get(file);
  if (entry) return entry.done;
  const folder = cacheFolder();
  if (!folder) return Promise.resolve();
  entry = {};
  let size;
  try {
    size = fs.statSync(file).size;
  } catch {
    return Promise.resolve();
  }
  entry.cacheFile = cachePath(folder, file, size);
  const source = readWhole(file, true).then((wrapped) => {
    entry.wrapped = wrapped;
  });
  const cache = readWhole(entry.cacheFile, false).then((bytes) => {
    entry.cache = bytes;
  });
  entry.done = Promise.allSettled([source, cache]).then(() => undefined);
  prefetched.set(file, entry);
  return entry.done;
}

/**
 * `require(file)`, with V8's code cache when a cache folder is available. The module is the one
 * Node's require() returns for the same path afterwards (it is put in require.cache), so ts-morph
 * and we share one copy. `warmUp(exports)` runs, when a cache is made, before the data is taken:
 * what it compiles is cached too. `state` says what happened, for tests and --verbose.
 * `saveLater`: a cache to make is not made now; `save()` in the result makes it when called (after
 * the caller ran what it wants in the cache: the functions V8 compiled by then are in it).
 */
function requireCached(file, warmUp, { saveLater = false } = {}) {
  if (require.cache[file]) return { exports: require.cache[file].exports, state: 'loaded' };
  const folder = cacheFolder();
  if (!folder) return { exports: require(file), state: 'off' };
  // Read ahead by prefetch if it finished; a read still in flight is left to finish unused.
  const early = prefetched.get(file);
  prefetched.delete(file);
  const wrapped = early?.wrapped ?? readWrappedSync(file);
  const source = sourceOf(wrapped);
  const sourceCrc = crc32(source);
  const cacheFile = cachePath(folder, file, source.length);
  const cachedData = readCache(cacheFile, sourceCrc, early?.wrapped === wrapped && early.cacheFile === cacheFile ? early.cache : undefined);
  const script = new vm.Script(scriptText(wrapped), { filename: file, cachedData });
  const module = new Module(file, require.main);
  module.filename = file;
  require.cache[file] = module;
  try {
    script.runInThisContext().call(module.exports, module.exports, Module.createRequire(file), module, file, path.dirname(file));
  } catch (error) {
    delete require.cache[file];
    throw error;
  }
  module.loaded = true;
  if (cachedData && !script.cachedDataRejected) return { exports: module.exports, state: 'used' };
  const save = () => {
    try {
      warmUp?.(module.exports);
    } catch {
      // A warm-up that fails only makes the cache smaller.
    }
    writeCache(folder, cacheFile, sourceCrc, script.createCachedData());
  };
  const state = cachedData ? 'rejected' : 'made';
  if (saveLater) return { exports: module.exports, state, save };
  save();
  return { exports: module.exports, state };
}

exports.requireCached = requireCached;
exports.prefetch = prefetch;
exports.cacheFolder = cacheFolder;
