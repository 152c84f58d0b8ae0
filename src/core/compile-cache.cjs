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
const { threadId } = require('node:worker_threads');
const { crc32 } = require('node:zlib');

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

/** The cache file for a source (by its path and CRC) in `folder`. */
function cachePath(folder, file, sourceCrc) {
  return path.join(folder, `${path.basename(file, '.js')}-${process.versions.v8}-${process.arch}-${sourceCrc.toString(16)}.cache`);
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
  const temporary = `${file}.${process.pid}.${threadId}.tmp`;
  try {
    fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
    fs.writeFileSync(temporary, Buffer.concat([header, data]), { mode: 0o600 });
    fs.renameSync(temporary, file);
  } catch {
    // No cache this time (read-only or full disk, a folder in the way): the run goes on without it.
    try {
      fs.rmSync(temporary, { force: true });
    } catch {
      // nothing was written
    }
  }
}

/** Files read ahead by prefetch: file -> { done, source?, cache?, cacheFile? }. */
const prefetched = new Map();

/** A whole file, read by one request on libuv's thread pool (fs.readFile reads 512 KB per main-thread turn). */
function readWhole(file) {
  return new Promise((resolve, reject) => {
    let fd;
    let buffer;
    try {
      fd = fs.openSync(file, 'r');
      buffer = Buffer.allocUnsafeSlow(fs.fstatSync(fd).size);
    } catch (error) {
      if (fd !== undefined) fs.closeSync(fd);
      reject(error);
      return;
    }
    fs.read(fd, buffer, 0, buffer.length, 0, (error, read) => {
      fs.close(fd, () => undefined);
      if (error) reject(error);
      else if (read !== buffer.length) reject(new Error(`${file}: short read`));
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
  entry.done = readWhole(file)
    .then((source) => {
      entry.source = source;
      entry.cacheFile = cachePath(folder, file, crc32(source));
      return readWhole(entry.cacheFile).then((cache) => {
        entry.cache = cache;
      });
    })
    .catch(() => undefined);
  prefetched.set(file, entry);
  return entry.done;
}

/**
 * `require(file)`, with V8's code cache when a cache folder is available. The module is the one
 * Node's require() returns for the same path afterwards (it is put in require.cache), so ts-morph
 * and we share one copy. `warmUp(exports)` runs, when a cache is made, before the data is taken:
 * what it compiles is cached too. `state` says what happened, for tests and --verbose.
 */
function requireCached(file, warmUp) {
  if (require.cache[file]) return { exports: require.cache[file].exports, state: 'loaded' };
  const folder = cacheFolder();
  if (!folder) return { exports: require(file), state: 'off' };
  // Read ahead by prefetch if it finished; a read still in flight is left to finish unused.
  const early = prefetched.get(file);
  prefetched.delete(file);
  const bytes = early?.source ?? fs.readFileSync(file);
  const sourceCrc = crc32(bytes);
  const cacheFile = cachePath(folder, file, sourceCrc);
  const cachedData = readCache(cacheFile, sourceCrc, early?.source === bytes && early.cacheFile === cacheFile ? early.cache : undefined);
  const wrapper = `(function (exports, require, module, __filename, __dirname) { ${bytes.toString('utf8')}\n});`;
  const script = new vm.Script(wrapper, { filename: file, cachedData });
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
  try {
    warmUp?.(module.exports);
  } catch {
    // A warm-up that fails only makes the cache smaller.
  }
  writeCache(folder, cacheFile, sourceCrc, script.createCachedData());
  return { exports: module.exports, state: cachedData ? 'rejected' : 'made' };
}

exports.requireCached = requireCached;
exports.prefetch = prefetch;
exports.cacheFolder = cacheFolder;
