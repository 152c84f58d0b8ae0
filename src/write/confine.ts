import { existsSync, realpathSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { CodemorphError } from '../core/errors.js';
import { isInside } from '../core/paths.js';

/** The real path of `path`, or of its nearest existing ancestor joined with the rest. */
function realish(path: string): string {
  if (existsSync(path)) return realpathSync(path);
  const parent = dirname(path);
  if (parent === path) return path;
  return resolve(realish(parent), relative(parent, path));
}

/**
 * Resolves where a write to `path` would really land (following symlinks) and refuses it when
 * that is outside the project root. Returns the real target path.
 */
export function confine(root: string, path: string): string {
  const realRoot = realish(resolve(root));
  const absolute = resolve(root, path);
  if (!isInside(resolve(root), absolute) && !isInside(realRoot, absolute)) {
    throw new CodemorphError('confinement', `outside the project root ${root}`, { path });
  }
  const target = realish(absolute);
  if (!isInside(realRoot, target)) {
    throw new CodemorphError('confinement', `leads outside the project root (symlink to ${target})`, { path });
  }
  return target;
}
