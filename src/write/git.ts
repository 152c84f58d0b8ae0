import { childProcess } from '../core/lazy-builtins.js';
import { resolve } from 'node:path';

/** The top of the git work tree holding `dir`, or undefined outside git (or without git). */
export function gitTopLevel(dir: string): string | undefined {
  try {
    return childProcess().execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

/**
 * Of the given absolute paths, those with uncommitted changes (modified, staged, or untracked).
 * Outside a git repository nothing is dirty.
 */
export function dirtyFiles(dir: string, paths: readonly string[]): string[] {
  const top = gitTopLevel(dir);
  if (!top || paths.length === 0) return [];
  const output = childProcess().execFileSync('git', ['status', '--porcelain=v1', '-z', '--untracked-files=all'], {
    cwd: top,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const dirty = new Set<string>();
  const entries = output.split('\0');
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    if (entry.length < 4) continue;
    dirty.add(resolve(top, entry.slice(3)));
    // Renames and copies carry the original path as the next entry.
    if (entry[0] === 'R' || entry[0] === 'C') i++;
  }
  return paths.filter((path) => dirty.has(resolve(path)));
}
