import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const { prefetch, requireCached } = require('./compile-cache.cjs') as {
  requireCached: (file: string, warmUp?: (exports: unknown) => void) => { exports: { answer(): number }; state: string };
  prefetch: (file: string) => Promise<void>;
};

const dirs: string[] = [];
const temp = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'cm-compile-cache-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  delete process.env.CODEMORPH_COMPILE_CACHE;
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Loads the module afresh (as a new process would), with the cache in `cache`. */
function load(file: string, cache: string, warmUp?: (exports: unknown) => void): { answer: number; state: string } {
  process.env.CODEMORPH_COMPILE_CACHE = cache;
  delete require.cache[file];
  const { exports, state } = requireCached(file, warmUp);
  return { answer: exports.answer(), state };
}

function moduleFile(body = 'exports.answer = () => helper() * 2;\nfunction helper() { return 21; }\n'): string {
  const file = join(temp(), 'big-module.js');
  writeFileSync(file, `'use strict';\n${body}`);
  return file;
}

/** Makes the cache for `file` in `cache`, then flips a byte of its data; returns the cache file's path. */
function damagedCache(file: string, cache: string): string {
  load(file, cache);
  const [name] = readdirSync(cache);
  const path = join(cache, name!);
  const bytes = readFileSync(path);
  bytes[bytes.length - 10] ^= 0xff;
  writeFileSync(path, bytes);
  return path;
}

describe('requireCached (V8 code cache across runs)', () => {
  it('makes the cache once, then uses it; the module is what require() returns afterwards', () => {
    const file = moduleFile();
    const cache = join(temp(), 'cache');
    let warmed = 0;
    expect(load(file, cache, () => warmed++)).toEqual({ answer: 42, state: 'made' });
    expect(warmed).toBe(1);
    expect(readdirSync(cache)).toEqual([expect.stringMatching(/^big-module-.*\.cache$/)]);
    expect(load(file, cache, () => warmed++)).toEqual({ answer: 42, state: 'used' });
    expect(warmed).toBe(1);
    expect(require(file).answer()).toBe(42);
    expect(requireCached(file).state).toBe('loaded');
  });

  it('decodes a module that is not ASCII as UTF-8, made and used', () => {
    const file = moduleFile("exports.answer = () => 'é→'.length * 21;\n");
    const cache = join(temp(), 'cache');
    expect(load(file, cache)).toEqual({ answer: 42, state: 'made' });
    expect(load(file, cache)).toEqual({ answer: 42, state: 'used' });
  });

  it('ignores a damaged or cut cache file and makes it again, whole', () => {
    const file = moduleFile();
    const cache = join(temp(), 'cache');
    const path = damagedCache(file, cache);
    expect(load(file, cache)).toEqual({ answer: 42, state: 'made' });
    expect(load(file, cache).state).toBe('used');
    truncateSync(path, 100);
    expect(load(file, cache)).toEqual({ answer: 42, state: 'made' });
    expect(load(file, cache).state).toBe('used');
    expect(readdirSync(cache)).toEqual([basename(path)]);
  });

  it('never uses a cache made from other source: the same length replaces the cache, another length gets its own', () => {
    const file = moduleFile();
    const cache = join(temp(), 'cache');
    load(file, cache);
    // Same length, other code: V8 itself would only compare the length. The file name is the same too.
    writeFileSync(file, `'use strict';\nexports.answer = () => helper() * 3;\nfunction helper() { return 21; }\n`);
    expect(load(file, cache)).toEqual({ answer: 63, state: 'made' });
    expect(readdirSync(cache)).toHaveLength(1);
    expect(load(file, cache)).toEqual({ answer: 63, state: 'used' });
    writeFileSync(file, `'use strict';\nexports.answer = () => helper() * 4;\nfunction helper() { return 21.5; }\n`);
    expect(load(file, cache)).toEqual({ answer: 86, state: 'made' });
    expect(readdirSync(cache)).toHaveLength(2);
  });

  it('runs without a cache where none can be written, leaving nothing behind; 0 turns it off', () => {
    const file = moduleFile();
    const blocker = join(temp(), 'a-file');
    writeFileSync(blocker, '');
    // A folder that cannot be created (a file is in the way): no cache, no error.
    expect(load(file, join(blocker, 'cache'))).toEqual({ answer: 42, state: 'made' });
    expect(load(file, join(blocker, 'cache')).state).toBe('made');
    const cache = join(temp(), 'cache');
    expect(load(file, '0')).toEqual({ answer: 42, state: 'off' });
    expect(() => readdirSync(cache)).toThrow();
  });

  it('uses the files prefetch read ahead, checked as its own reads are: a damaged cache is made again', async () => {
    const file = moduleFile();
    const cache = join(temp(), 'cache');
    const path = damagedCache(file, cache);
    delete require.cache[file];
    await prefetch(file);
    expect(load(file, cache)).toEqual({ answer: 42, state: 'made' });
    delete require.cache[file];
    await prefetch(file);
    // Read already: used though the file is gone from disk now.
    rmSync(path);
    expect(load(file, cache)).toEqual({ answer: 42, state: 'used' });
    // With the cache off nothing is read ahead, and a module already loaded needs nothing.
    process.env.CODEMORPH_COMPILE_CACHE = '0';
    await expect(prefetch(join(temp(), 'missing.js'))).resolves.toBeUndefined();
    process.env.CODEMORPH_COMPILE_CACHE = cache;
    await expect(prefetch(join(temp(), 'missing.js'))).resolves.toBeUndefined();
    expect(load(file, cache).state).toBe('made');
  });

  it('a module read ahead is exactly its file, made and used', async () => {
    // Odd sizes, a non-ASCII one among them, read into a buffer between the wrapper's two parts (compile-cache.cjs readWhole).
    for (const [size, extra] of [[1, ''], [70_001, ''], [300_003, ' // é']] as const) {
      const terms = Math.floor(size / 4);
      const file = moduleFile(`exports.answer = () => ${'1 + '.repeat(terms)}42 - ${terms};${extra}\n`);
      const cache = join(temp(), 'cache');
      for (const state of ['made', 'used']) {
        delete require.cache[file];
        await prefetch(file);
        expect(load(file, cache)).toEqual({ answer: 42, state });
      }
    }
  });

  it("removes its own files not written for 30 days when it writes one, and nothing else in the folder", () => {
    const file = moduleFile();
    const cache = join(temp(), 'cache');
    mkdirSync(cache);
    const old = Date.now() / 1000 - 31 * 24 * 3600;
    const names = {
      stale: 'typescript-11.3.244.8-node.38-x64-a8f30b6c.cache',
      staleTemporary: 'main-11.3.244.8-node.38-x64-1673066.cache.4242.0.tmp',
      recent: 'typescript-12.4.254.21-node.33-x64-9143384.cache',
      foreign: 'notes-1.2-x-1.cache.txt',
    };
    for (const [key, name] of Object.entries(names)) {
      writeFileSync(join(cache, name), 'x');
      if (key !== 'recent') utimesSync(join(cache, name), old, old);
    }
    expect(load(file, cache).state).toBe('made');
    const made = readdirSync(cache).filter((name) => name.startsWith('big-module-'));
    expect(made).toHaveLength(1);
    expect(readdirSync(cache).sort()).toEqual([made[0]!, names.foreign, names.recent].sort());
  });

  it("gives each path its own cache, so that stack traces name the module's own file", () => {
    // V8's cached data carries the name of the script it was made from: two installs of one
    // version (same file name, same size) sharing one cache file had errors point into the other.
    const body = 'exports.answer = () => { throw new Error("where"); };\n';
    const [first, second] = [moduleFile(body), moduleFile(body)];
    const cache = join(temp(), 'cache');
    const stackOf = (file: string): string => {
      process.env.CODEMORPH_COMPILE_CACHE = cache;
      delete require.cache[file];
      const { exports } = requireCached(file);
      try {
        exports.answer();
      } catch (error) {
        return (error as Error).stack!;
      }
      throw new Error('did not throw');
    };
    for (const round of ['made', 'used']) {
      expect(stackOf(first), round).toContain(first);
      expect(stackOf(second), round).toContain(second);
      expect(stackOf(second), round).not.toContain(first);
    }
    expect(readdirSync(cache)).toHaveLength(2);
  });

  it('an error in the module reaches the caller and leaves no half-loaded module behind', () => {
    const file = moduleFile('throw new Error("broken module");\n');
    const cache = join(temp(), 'cache');
    expect(() => load(file, cache)).toThrow('broken module');
    expect(require.cache[file]).toBeUndefined();
  });
});
