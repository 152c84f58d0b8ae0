import { prefetchTypeScript } from '../core/typescript-file.cjs';
import { namedFileCount } from '../workspace/named-files.js';

// What `run` and `rewrite` call first (src/cli/start-hook.ts), before the command line loads: a
// pre-commit check of a few files spends a third of its time loading TypeScript, and reading the
// compiler and its compile cache (about 6 MB) can start as the process does. Started once `run` had parsed its arguments, 60 ms
// and more later, the reads were still running when the run wanted TypeScript (docs/performance.md).
// A run that calls main() without bin/ has them started by src/runner/prestart.ts, which knows.

/** Commands whose runs parse files with TypeScript, and where their paths start (`run` takes its transforms first). */
const PATHS_FROM: Readonly<Record<string, number>> = { run: 2, rewrite: 1 };
/** Of those flags, the ones that choose git's files instead of paths (a pre-commit hook's). */
const GIT_SELECTED = new Set(['--staged', '--changed-since']);
/** At most this many files: the runner's in-process limit (src/runner/thread-plan.ts MIN_FILES_PER_WORKER). */
const AT_MOST = 31;

/**
 * Whether a command line is most likely a small run that parses on the main thread: `run` or
 * `rewrite` with few files named one by one (or git's staged or changed files), and no `--jobs`
 * above 1. Read before the real parser, so it guesses: an argument that is not an existing file is
 * taken as the value of the option before it, and with no option before it the answer is no. A
 * wrong yes costs a read on the thread pool for nothing; a wrong no, the head start.
 */
export function looksLikeSmallRun(cwd: string, argv: readonly string[]): boolean {
  const from = Object.hasOwn(PATHS_FROM, argv[0] ?? '') ? PATHS_FROM[argv[0]!]! : undefined;
  if (from === undefined) return false;
  const files: string[] = [];
  let gitSelected = false;
  for (let at = from; at < argv.length; at++) {
    const arg = argv[at]!;
    if (arg === '--') return false;
    if (arg.startsWith('-')) {
      const [flag, value] = arg.split('=', 2) as [string, string | undefined];
      if (flag === '--jobs' || flag === '-j') {
        const jobs = Number(value ?? argv[at + 1]);
        if (!(jobs <= 1)) return false;
      }
      if (GIT_SELECTED.has(flag)) gitSelected = true;
      continue;
    }
    if (namedFileCount(cwd, [arg], 1) === 1) files.push(arg);
    else if (!(argv[at - 1]?.startsWith('-') && !argv[at - 1]!.includes('='))) return false;
    if (files.length > AT_MOST) return false;
  }
  return files.length > 0 || gitSelected;
}

/** Starts reading TypeScript when `argv` looks like a small run (see looksLikeSmallRun). Never throws. */
export function prefetchForArgv(cwd: string, argv: readonly string[]): void {
  try {
    if (looksLikeSmallRun(cwd, argv)) void prefetchTypeScript();
  } catch {
    // A path that cannot be looked at: the command will say so.
  }
}
