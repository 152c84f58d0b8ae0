import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * Whether a TypeScript file compiles to CommonJS under NodeNext (a `.cts`, or a `.ts`/`.tsx`
 * whose nearest package.json is not `"type": "module"`): ESM syntax there becomes require() again,
 * so require, __dirname and __filename exist at run time and import.meta does not.
 */
export function compilesToCommonjs(path: string): boolean {
  if (/\.cts$/.test(path)) return true;
  if (!/\.tsx?$/.test(path) || /\.d\.ts$/.test(path)) return false;
  for (let dir = dirname(path); ; dir = dirname(dir)) {
    const manifest = resolve(dir, 'package.json');
    if (existsSync(manifest)) {
      try {
        return (JSON.parse(readFileSync(manifest, 'utf8')) as { type?: unknown }).type !== 'module';
      } catch {
        return true;
      }
    }
    if (dirname(dir) === dir) return true;
  }
}

/** What `require(dir)` loads: package.json "main" (a file) or index.js, relative to `dir`. */
export function directoryEntry(dir: string): string | undefined {
  const manifest = resolve(dir, 'package.json');
  if (existsSync(manifest)) {
    try {
      const main = (JSON.parse(readFileSync(manifest, 'utf8')) as { main?: unknown }).main;
      if (typeof main === 'string') {
        const file = [main, `${main}.js`, `${main.replace(/\/$/, '')}/index.js`].find((candidate) => {
          const path = resolve(dir, candidate);
          return existsSync(path) && statSync(path).isFile();
        });
        if (file) return file.replace(/^\.\//, '');
      }
    } catch {
      // An unreadable manifest: fall back to index.js like Node does.
    }
  }
  return existsSync(resolve(dir, 'index.js')) ? 'index.js' : undefined;
}
