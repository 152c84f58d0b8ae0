import { lstatSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { DiscoverOptions } from './discover.js';
import { DEFAULT_EXTENSIONS } from './extensions.js';

/**
 * How many files a run can have at most, known before discovery: when every path given names an
 * existing file (not a folder, not a glob), discovery finds no more than those (ignore rules and
 * --staged only drop some). Undefined otherwise, or past `atMost` paths (not worth the stats).
 * A pre-commit hook passes its staged files this way; the runner then knows the run is small
 * before it would start threads (src/runner/prestart.ts prestartPool).
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
 * What discovery returns, found without globby, when no ignore rule could apply: either every
 * path names a file, or every path names a folder and git chose the files (`only`: --staged,
 * --changed-since), which then stand for the walk (those inside the folders with the extensions).
 * Each file must be a regular file inside `cwd`, reached without a link, in no folder always
 * skipped, with no --ignore pattern, and no .gitignore line that applies to it (in its folder or
 * one above, up to the git root, as globby reads them) may be able to match it. Undefined when any
 * of that does not hold, and the caller asks globby, whose answer this one then always equals.
 * Loading globby and fast-glob costs about 0.1 s, and globby looks for .gitignore files in the
 * whole tree below `cwd`: most of a one-file pre-commit check's discovery.
 */
export function namedFilesOnly(options: DiscoverOptions): string[] | undefined {
  if ((options.ignore?.length ?? 0) > 0) return undefined;
  const patterns = options.patterns.length > 0 ? options.patterns : ['.'];
  const named = patterns.map((path) => resolve(options.cwd, path));
  const folders = options.only !== undefined && named.every((path) => lstatSync(path, { throwIfNoEntry: false })?.isDirectory());
  const candidates = folders ? selectedInFolders(options, named) : named;
  if (!candidates) return undefined;
  const kept = new KeptCheck(options);
  if (!candidates.every((file) => kept.certainly(file))) return undefined;
  const only = options.only ? new Set(options.only) : undefined;
  return [...new Set(candidates)].filter((file) => !only || only.has(file)).sort();
}

/** Of git's files, those a walk of the folders would find. */
function selectedInFolders(options: DiscoverOptions, folders: readonly string[]): string[] | undefined {
  const extensions = options.extensions ?? DEFAULT_EXTENSIONS;
  // An extension with a glob character would be a pattern, not a name ending.
  if (extensions.some((extension) => !/^[\w.-]+$/.test(extension))) return undefined;
  const inside = (file: string): boolean => folders.some((folder) => isBelow(folder, file));
  const candidates = (options.only ?? []).filter((file) => inside(file) && extensions.some((extension) => basename(file).endsWith(`.${extension}`)));
  // A name that is all extension (`.ts`): whether `*.ts` takes it is the glob library's call.
  return candidates.some((file) => basename(file).startsWith('.')) ? undefined : candidates;
}

function isBelow(folder: string, file: string): boolean {
  const rel = relative(folder, file);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

/** Whether a file is certainly kept by discovery: the checks of namedFilesOnly, with .gitignore files read once. */
class KeptCheck {
  private readonly gitignores = new GitignoreLines();
  private readonly realCwd: string;
  private readonly top: string | undefined;

  constructor(private readonly options: DiscoverOptions) {
    this.realCwd = realpathSync(options.cwd);
    this.top = options.gitignore === false ? undefined : gitRoot(options.cwd) ?? resolve(options.cwd);
  }

  certainly(absolute: string): boolean {
    const rel = relative(this.options.cwd, absolute);
    if (!isBelow(this.options.cwd, absolute)) return false;
    if (!lstatSync(absolute, { throwIfNoEntry: false })?.isFile()) return false;
    // No link on the way either (globby walks without following them).
    if (realpathSync(dirname(absolute)) !== join(this.realCwd, dirname(rel))) return false;
    if (rel.split(sep).some((name) => ALWAYS_SKIPPED.has(name.toLowerCase()))) return false;
    if (this.top === undefined) return true;
    for (let folder = dirname(absolute); ; folder = dirname(folder)) {
      const lines = this.gitignores.of(folder);
      if (lines === undefined) return false;
      if (lines.some((line) => mayMatch(line, relative(folder, absolute).split(sep)))) return false;
      if (folder === this.top || dirname(folder) === folder) return true;
    }
  }
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
