import { lstatSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { DiscoverOptions } from './discover.js';

/**
 * How many files a run can have at most, known before discovery: when every path given names an
 * existing file (not a folder, not a glob), discovery finds no more than those (ignore rules and
 * --staged only drop some). Undefined otherwise, or past `atMost` paths (not worth the stats).
 * A pre-commit hook passes its staged files this way; the runner then knows the run is small
 * before it would start threads (src/runner/pool.ts prestartPool).
 */
export function namedFileCount(cwd: string, paths: readonly string[], atMost: number): number | undefined {
  if (paths.length === 0 || paths.length > atMost) return undefined;
  for (const path of paths) {
    if (!statSync(resolve(cwd, path), { throwIfNoEntry: false })?.isFile()) return undefined;
  }
  return paths.length;
}

/** Folders discovery always skips (discover.ts ALWAYS_IGNORED), by name. */
const ALWAYS_SKIPPED = new Set(['node_modules', '.git', '.codemorph']);

/**
 * What discovery returns when it is given only files, found without globby: each path an existing
 * regular file (not a link) inside `cwd`, in no folder always skipped, no --ignore pattern, and
 * no .gitignore line that applies to it (in its folder or one above, up to the git root, as
 * globby reads them) could match it. Undefined when any of that does not hold, and the caller asks
 * globby, whose answer this one then always equals. Loading globby and fast-glob costs about
 * 0.1 s, and globby looks for .gitignore files in the whole tree below `cwd`: most of a one-file
 * pre-commit check's discovery.
 */
export function namedFilesOnly(options: DiscoverOptions): string[] | undefined {
  if (options.patterns.length === 0 || (options.ignore?.length ?? 0) > 0) return undefined;
  const files = new Set<string>();
  const realCwd = realpathSync(options.cwd);
  const gitignores = new GitignoreLines();
  const top = options.gitignore === false ? undefined : gitRoot(options.cwd) ?? resolve(options.cwd);
  for (const raw of options.patterns) {
    const absolute = resolve(options.cwd, raw);
    const rel = relative(options.cwd, absolute);
    if (!rel || rel.startsWith('..') || isAbsolute(rel)) return undefined;
    if (!lstatSync(absolute, { throwIfNoEntry: false })?.isFile()) return undefined;
    // No link on the way either (globby walks without following them).
    if (realpathSync(dirname(absolute)) !== join(realCwd, dirname(rel))) return undefined;
    if (rel.split(sep).some((name) => ALWAYS_SKIPPED.has(name.toLowerCase()))) return undefined;
    if (top !== undefined) {
      for (let folder = dirname(absolute); ; folder = dirname(folder)) {
        const lines = gitignores.of(folder);
        if (lines === undefined) return undefined;
        if (lines.some((line) => mayMatch(line, relative(folder, absolute).split(sep)))) return undefined;
        if (folder === top || dirname(folder) === folder) break;
      }
    }
    files.add(absolute);
  }
  const only = options.only ? new Set(options.only) : undefined;
  return [...files].filter((file) => !only || only.has(file)).sort();
}

/** The first folder at or above `dir` holding `.git` (a folder, or a file in a worktree), as globby finds it. */
function gitRoot(dir: string): string | undefined {
  for (let folder = resolve(dir); ; folder = dirname(folder)) {
    const git = statSync(join(folder, '.git'), { throwIfNoEntry: false });
    if (git?.isDirectory() || git?.isFile()) return folder;
    if (dirname(folder) === folder) return undefined;
  }
}

/** The ignoring lines of each folder's .gitignore, read once; undefined for one that cannot be read as a file. */
class GitignoreLines {
  private readonly read = new Map<string, string[] | undefined>();

  of(folder: string): string[] | undefined {
    if (this.read.has(folder)) return this.read.get(folder);
    const file = join(folder, '.gitignore');
    const stats = statSync(file, { throwIfNoEntry: false });
    let lines: string[] | undefined = [];
    if (stats) {
      try {
        lines = stats.isFile() ? ignoringLines(readFileSync(file, 'utf8')) : undefined;
      } catch {
        lines = undefined;
      }
    }
    this.read.set(folder, lines);
    return lines;
  }
}

/** The lines that can make a path ignored: not blank, not comments, not negations (those only re-include). */
function ignoringLines(text: string): string[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    // Trailing whitespace is not part of a pattern (an escaped one is: its backslash is kept).
    .map((line) => line.replace(/\s+$/, ''))
    .filter((line) => line !== '' && !line.startsWith('#') && !line.startsWith('!'));
}

/** A name of a pattern with only literal characters, `*` and `?`; anything else may match any name. */
const PLAIN_NAME = /^[\w.\-*? @~+=,%'&$^]*$/;

/**
 * Whether a .gitignore line could match the path (its names, relative to the .gitignore's folder)
 * or a folder above it: a match needs each name of the pattern (`**` aside) to match some name of
 * the path. Errs towards "could": case is ignored (as globby's matcher ignores it), and a name
 * with any other special character ([...], an escape, braces) matches anything.
 */
export function mayMatch(line: string, names: readonly string[]): boolean {
  const parts = line.split('/').filter((part) => part !== '' && part !== '**');
  if (parts.length === 0) return true;
  return parts.every((part) => {
    if (!PLAIN_NAME.test(part)) return true;
    const pattern = new RegExp(`^${part.replace(/[.+^$()|{}[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`, 'i');
    return names.some((name) => pattern.test(name));
  });
}
