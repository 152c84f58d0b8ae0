import { readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Source files of installed packages (code nobody here wrote), in a fixed order: up to `limit`
 * files under `maxBytes`, `.d.ts` included only when asked. A package a future install lays out
 * elsewhere is passed over; the others still count.
 */
export function installedSourceFiles(packages: readonly string[], options: { limit: number; maxBytes: number; declarations?: boolean }): string[] {
  const root = join(dirname(createRequire(import.meta.url).resolve('ts-morph/package.json')), '..');
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (found.length >= options.limit) return;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(?:[cm]?[jt]s|[jt]sx)$/.test(entry.name) && (options.declarations || !entry.name.endsWith('.d.ts')) && statSync(path).size < options.maxBytes) found.push(path);
    }
  };
  for (const name of packages) {
    try {
      walk(join(root, name));
    } catch {
      // Not installed there.
    }
  }
  return found;
}
