import { childProcess } from '../core/lazy-builtins.js';
import { resolve } from 'node:path';
import { UsageError } from '../core/errors.js';

/** Which files git reports: the index (pre-commit hooks) or everything changed since a ref (PR checks). */
export type GitSelection = { readonly kind: 'staged' } | { readonly kind: 'changed-since'; readonly ref: string };

function git(cwd: string, args: readonly string[]): string {
  try {
    return childProcess().execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 30 });
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? '').trim().split('\n')[0];
    throw new UsageError(`git ${args.join(' ')} failed${stderr ? `: ${stderr}` : ''}`);
  }
}

/** NUL-separated output: file names with spaces, quotes or newlines come through intact. */
function names(output: string): string[] {
  return output.split('\0').filter(Boolean);
}

export function gitTopLevel(cwd: string): string {
  return git(cwd, ['rev-parse', '--show-toplevel']).trim();
}

/**
 * Absolute paths of the files the selection names (deleted files left out: there is nothing to
 * transform). `changed-since` is what a pull request would show: the commits since the merge base
 * with REF, plus staged, unstaged and untracked (not ignored) files in the working tree.
 */
export function gitSelectedFiles(cwd: string, selection: GitSelection): string[] {
  const top = gitTopLevel(cwd);
  const found = new Set<string>();
  const add = (output: string): void => {
    for (const name of names(output)) found.add(resolve(top, name));
  };
  if (selection.kind === 'staged') {
    add(git(top, ['diff', '--cached', '--name-only', '--diff-filter=ACMR', '-z']));
  } else {
    if (selection.ref.startsWith('-')) throw new UsageError(`--changed-since expects a git ref, got "${selection.ref}"`);
    try {
      git(top, ['rev-parse', '--verify', '--quiet', `${selection.ref}^{commit}`]);
    } catch {
      // --quiet leaves git's stderr empty, so the generic message would not say what is wrong.
      throw new UsageError(`--changed-since ${selection.ref}: not a commit in this repository (a branch, tag or commit id)`);
    }
    add(git(top, ['diff', '--name-only', '--diff-filter=ACMR', '-z', `${selection.ref}...HEAD`, '--']));
    add(git(top, ['diff', '--name-only', '--diff-filter=ACMR', '-z', 'HEAD', '--']));
    add(git(top, ['ls-files', '--others', '--exclude-standard', '-z']));
  }
  return [...found].sort();
}

/**
 * Staged files that also have unstaged changes. Writing those would mix the codemod's edits into
 * the unstaged part, and the commit would not contain what was checked: `--staged --write` refuses them.
 */
export function partiallyStagedFiles(cwd: string): string[] {
  const top = gitTopLevel(cwd);
  const staged = new Set(names(git(top, ['diff', '--cached', '--name-only', '-z'])));
  return names(git(top, ['diff', '--name-only', '-z']))
    .filter((name) => staged.has(name))
    .map((name) => resolve(top, name))
    .sort();
}
