import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { UsageError } from '../../src/core/errors.js';
import { isInside } from '../../src/core/paths.js';
import { stripCodeExtension, styleOf, writtenPath } from './specifiers.js';

/** What one `move` does: every file it takes along, and the folder when a whole folder moves. */
export interface MovePlan {
  /** Old absolute path → new absolute path of every file. */
  readonly moves: ReadonlyMap<string, string>;
  /** Set when a folder moves: paths inside it (existing or not) move with it. */
  readonly folder?: { readonly from: string; readonly to: string };
}

function filesUnder(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === '.git') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...filesUnder(path));
    else if (entry.isFile()) files.push(path);
  }
  return files;
}

/** Plans the move of `from` to `to` (root-relative); refuses when a destination exists. */
export function planMoves(root: string, from: string, to: string): MovePlan {
  const source = resolve(root, from);
  let destination = resolve(root, to);
  const moves = new Map<string, string>();
  let folder: MovePlan['folder'];
  if (statSync(source).isDirectory()) {
    for (const file of filesUnder(source)) moves.set(file, join(destination, relative(source, file)));
    folder = { from: source, to: destination };
  } else {
    if (to.endsWith('/') || (existsSync(destination) && statSync(destination).isDirectory())) {
      destination = join(destination, basename(source));
    }
    moves.set(source, destination);
  }
  for (const [, target] of moves) {
    if (existsSync(target)) throw new UsageError(`move: ${relative(root, target)} already exists`);
  }
  return folder ? { moves, folder } : { moves };
}

/** Where `path` (a file or folder, existing or not) is after the move; undefined when it stays. */
export function movedPath(plan: MovePlan, path: string): string | undefined {
  const exact = plan.moves.get(path);
  if (exact) return exact;
  if (plan.folder && isInside(plan.folder.from, path)) return join(plan.folder.to, relative(plan.folder.from, path));
  return undefined;
}

// How a config may name a source file without writing its extension (or with its output's).
const SUFFIXES = ['.ts', '.tsx', '.d.ts', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs', '/index.ts', '/index.tsx', '/index.d.ts', '/index.js'];
const SOURCE_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.d.ts'];

/**
 * Where a path written in a config (`./src/index`, `./src/index.js` for `./src/index.ts`, a
 * folder) points after the move, written in the same style; undefined when what it names stays.
 */
export function movedWrittenPath(plan: MovePlan, written: string, absolute: string): string | undefined {
  const direct = movedPath(plan, absolute);
  if (direct) return direct;
  const candidates = [
    ...SUFFIXES.map((suffix) => absolute + suffix),
    ...SOURCE_EXTENSIONS.map((extension) => stripCodeExtension(absolute) + extension),
  ];
  for (const target of candidates) {
    const next = plan.moves.get(target);
    if (next) return writtenPath(styleOf(written, target), next);
  }
  return undefined;
}
