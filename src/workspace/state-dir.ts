import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** codemorph's own folder in a project: cache, journal, write lock. */
export const STATE_DIR = '.codemorph';

/**
 * Creates `.codemorph/` (and a sub-folder of it) when missing, with a `.gitignore` of `*` that
 * keeps it out of users' commits without touching their own .gitignore. Returns the folder.
 */
export function ensureStateDir(root: string, ...sub: string[]): string {
  const base = resolve(root, STATE_DIR);
  const dir = join(base, ...sub);
  mkdirSync(dir, { recursive: true });
  const ignore = join(base, '.gitignore');
  if (!existsSync(ignore)) writeFileSync(ignore, '*\n');
  return dir;
}
