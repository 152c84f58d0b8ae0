import { lstatSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { UsageError } from '../core/errors.js';
import { namedFilesOnly } from './named-files.js';

function realOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/** What makes an argument a glob rather than a path (picomatch's special characters). */
const GLOB_CHARS = /[*?[\]{}()!]/;

import { DEFAULT_EXTENSIONS } from './extensions.js';

export { DEFAULT_EXTENSIONS };

/** Never walked, whatever the ignore files say. */
const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**', '**/.codemorph/**'];

export interface DiscoverOptions {
  /** Resolves relative paths and globs; `.gitignore` files are looked up from here. */
  readonly cwd: string;
  /** Paths, directories or globs, as given on the command line. Default: ['.']. */
  readonly patterns: readonly string[];
  readonly ignore?: readonly string[];
  readonly gitignore?: boolean;
  readonly extensions?: readonly string[];
  /** Keep only these absolute paths (from git: `--staged`, `--changed-since`); the other rules still apply. */
  readonly only?: readonly string[];
}

function toPosix(path: string): string {
  return path.split('\\').join('/');
}

function isDanglingLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

function escapeGlob(path: string): string {
  return path.replace(/[*?[\]{}()!]/g, '\\$&');
}

/**
 * Expands paths, directories and globs into a sorted list of absolute file paths: directories
 * are walked for the given extensions, `.gitignore` is respected unless turned off, and
 * node_modules/.git are always skipped. A file named explicitly is kept whatever its extension.
 */
export async function discoverFiles(options: DiscoverOptions): Promise<string[]> {
  // Only files named, and no ignore rule that could apply: the same answer without loading globby.
  const named = namedFilesOnly(options);
  if (named) return named;
  return discoverWithGlobby(options);
}

/** discoverFiles through globby, always (exported for the tests that compare the two). */
export async function discoverWithGlobby(options: DiscoverOptions): Promise<string[]> {
  const { globby } = await import('globby');
  const extensions = options.extensions ?? DEFAULT_EXTENSIONS;
  const extGlob = extensions.length === 1 ? extensions[0] : `{${extensions.join(',')}}`;
  const patterns: string[] = [];
  // Directory walks never follow symlinks; a symlink named explicitly is kept, and the writer's
  // confinement check decides whether it may be written through.
  const explicitLinks: string[] = [];
  const missing: string[] = [];
  for (const raw of options.patterns.length > 0 ? options.patterns : ['.']) {
    const absolute = resolve(options.cwd, raw);
    let stats: ReturnType<typeof statSync> | undefined;
    try {
      stats = statSync(absolute);
    } catch {
      stats = undefined;
    }
    const rel = toPosix(relative(options.cwd, absolute)) || '.';
    if (stats?.isDirectory()) {
      patterns.push(rel === '.' ? `**/*.${extGlob}` : `${escapeGlob(rel)}/**/*.${extGlob}`);
    } else if (stats?.isFile()) {
      if (lstatSync(absolute).isSymbolicLink()) explicitLinks.push(absolute);
      else patterns.push(escapeGlob(rel));
    } else if (!stats && isDanglingLink(absolute)) {
      // Named explicitly but its target is gone: kept, so the run says it cannot be read instead of matching nothing.
      explicitLinks.push(absolute);
    } else if (!GLOB_CHARS.test(raw)) {
      // A plain path that does not exist is a typo, not an empty selection: a `--check` gate
      // that silently passes because it looked at nothing is worse than an error.
      missing.push(raw);
    } else {
      patterns.push(isAbsolute(raw) ? toPosix(relative(options.cwd, raw)) : toPosix(raw));
    }
  }
  if (missing.length > 0) {
    throw new UsageError(`no such file or directory: ${missing.join(', ')}`);
  }
  const found = await globby(patterns, {
    cwd: options.cwd,
    gitignore: options.gitignore ?? true,
    ignore: [...ALWAYS_IGNORED, ...(options.ignore ?? [])],
    dot: true,
    onlyFiles: true,
    absolute: true,
    followSymbolicLinks: false,
  });
  const only = options.only ? new Set(options.only) : undefined;
  const seen = new Set(found.map((file) => resolve(file)));
  // A link to a file the run already has would process (and journal) that file twice.
  const links = explicitLinks.filter((link) => {
    const real = realOrSelf(link);
    if (seen.has(real)) return false;
    seen.add(real);
    return true;
  });
  const all = [...new Set([...found.map((file) => resolve(file)), ...links])];
  return (only ? all.filter((file) => only.has(file)) : all).sort();
}
