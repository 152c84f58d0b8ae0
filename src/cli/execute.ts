import { statSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { UsageError } from '../core/errors.js';
import type { ChangedFile, FileResult } from '../core/result.js';
import type { Reporter } from '../output/reporter.js';
import { addToSummary, emptySummary, formatSummary } from '../output/summary.js';
import { FailureGroups, isPlacementFailure } from '../output/failure-groups.js';
import { formatWarningGroups, WarningGroups } from '../output/warning-groups.js';
import { prestartPool, type PrestartedRunOptions } from '../runner/prestart.js';
import { relativePath, run, type RunOptions } from '../runner/run.js';
import type { WorkerPool } from '../runner/worker-pool.js';
import { gitSelectedFiles, partiallyStagedFiles } from '../workspace/git-files.js';
import { namedFileCount } from '../workspace/named-files.js';
import type { LoadedStep } from '../workspace/steps.js';
import { dirtyFiles } from '../write/git.js';
import type { WriteOutcome } from '../write/write.js';
import { colorFor, type CliIO } from './io.js';
import { shardFiles } from './shard-files.js';
import { createProgress } from './progress.js';
import type { RunFlags } from './flags.js';
import type { ProjectPrettier } from '../format/prettier.js';
import type { HunkPrompter } from './interactive.js';
// Types only: the writer (lock, spill, journal) loads under --write (not for a --check's start-up).
import type { WritePhase } from './write-phase.js';

/** 130: stopped by Ctrl-C (SIGINT) or SIGTERM during a --write run, as shells report it. */
export const EXIT = { ok: 0, checkFailed: 1, error: 2, interrupted: 130 } as const;

function line(io: CliIO, text: string): void {
  io.stderr(`${text}\n`);
}

function reportProblem(io: CliIO, result: FileResult, flags: RunFlags, show: (path: string) => string): void {
  const path = show(result.path);
  if (result.status === 'failed') {
    const pass = result.error.passId ? `${result.error.passId}: ` : '';
    line(io, `${path}: ${pass}${result.error.message}`);
    if (flags.verbose && result.error.stack) line(io, result.error.stack);
  } else if (result.status === 'skipped' && (!result.passes || flags.verbose)) {
    // A pass declining a file is routine (counted in the summary); a file never run is worth a line.
    const by = result.passes ? `${result.passes.join(',')}: ` : '';
    line(io, `${path}: skipped: ${by}${result.reason}`);
  }
  if (!flags.quiet) {
    for (const warning of result.warnings) {
      const at = warning.line ? `:${warning.line}:${warning.column ?? 1}` : '';
      line(io, `${path}${at}: ${warning.passId}: warning: ${warning.message}`);
    }
  }
}

/** `--staged --write` on a file with unstaged changes would commit something nobody checked. */
function refusePartiallyStaged(cwd: string, changed: readonly ChangedFile[], show: (path: string) => string): void {
  const partial = new Set(partiallyStagedFiles(cwd));
  const hit = changed.filter((result) => partial.has(result.path));
  if (hit.length > 0) {
    throw new UsageError(`refusing to write: ${hit.map((r) => show(r.path)).join(', ')} also has unstaged changes (stage or stash them first)`);
  }
}

/** Type-checks before and after; a change that adds diagnostics becomes a 'verify' failure. */
async function refuseTypeErrors(root: string, tsconfig: string | undefined, steps: readonly LoadedStep[], results: FileResult[]): Promise<FileResult[]> {
  const changedFiles = results.filter((result): result is ChangedFile => result.status === 'changed');
  if (changedFiles.length === 0) return results;
  const projectPassIds = new Set(steps.filter((step) => step.pass.scope === 'project').map((step) => step.pass.id));
  // Loaded only under --verify types: it brings in ts-morph's Project.
  const { formatDiagnostics, verifyTypes } = await import('../verify/types.js');
  const { failedResult } = await import('./write-phase.js');
  const verification = await verifyTypes({ root, tsconfig, changed: changedFiles, projectPassIds });
  return results.map((result): FileResult => {
    const diagnostics = verification.refused.get(result.path);
    if (!diagnostics || result.status !== 'changed') return result;
    const message = `refused by --verify types: the change adds ${diagnostics.length} type error(s):${formatDiagnostics(diagnostics)}`;
    return failedResult(result, { kind: 'verify', message, passId: result.passes.join(',') });
  });
}

/** Paths given past which no one counts whether each is a file: a run that large takes threads anyway. */
const KNOWN_FILES_UP_TO = 64;

/**
 * The shared back end of `run` and `rewrite`: discover → run → report, then write or check.
 * Returns the exit code: 0 success, 1 `--check` found changes, 2 a file failed or usage error.
 * `output.reporter` (`codemorph jscodeshift`) replaces the diff/JSON output and the per-file lines.
 * `extra` are changes made outside the passes (`migrate`'s package.json range), reported and
 * written with the run's own, in the same journal.
 */
export async function execute(
  io: CliIO,
  steps: readonly LoadedStep[],
  flags: RunFlags,
  output?: { reporter: Reporter },
  extra: readonly FileResult[] = [],
): Promise<number> {
  // One text in, one text out: no discovery, no reporters, no writer.
  if (flags.stdinFilepath !== undefined) return (await import('./stdin-file.js')).runOnStdin(io, steps, flags, flags.stdinFilepath);
  const started = performance.now();
  const root = resolve(io.cwd, flags.root ?? '.');
  if (flags.root && !statSync(root, { throwIfNoEntry: false })?.isDirectory()) {
    throw new UsageError(`--root ${flags.root}: not a directory`);
  }
  const show = (absolute: string): string => relative(io.cwd, absolute).split('\\').join('/') || '.';
  // --tsconfig is relative to where the command runs, like the paths.
  const tsconfig = flags.tsconfig ? resolve(io.cwd, flags.tsconfig) : undefined;
  const runOptions = {
    root,
    steps,
    maxRounds: flags.maxRounds,
    maxFileSize: flags.maxFileSize,
    verbose: flags.verbose,
    jobs: flags.jobs,
    fileTimeoutMs: flags.fileTimeout * 1000,
    cache: flags.cache ?? flags.check,
    tsconfig,
  };
  // What git says (--staged, --changed-since): discovery keeps only those files.
  const only = flags.staged ? gitSelectedFiles(io.cwd, { kind: 'staged' })
    : flags.changedSince ? gitSelectedFiles(io.cwd, { kind: 'changed-since', ref: flags.changedSince }) : undefined;
  // Threads that load TypeScript and the passes while the tree is walked; run() closes them. None
  // for a few files (named one by one, or git's): those run here (src/runner/thread-plan.ts watchInProcess).
  const named = namedFileCount(io.cwd, flags.paths, KNOWN_FILES_UP_TO);
  const knownFiles = only && named !== undefined ? Math.min(only.length, named) : only?.length ?? named;
  const pool = await prestartPool({ ...runOptions, knownFiles });
  try {
    return await discoverAndRun(io, steps, flags, { started, root, show, runOptions, pool, only }, output, extra);
  } finally {
    await pool?.close();
  }
}

interface Prepared {
  readonly started: number;
  readonly root: string;
  readonly show: (absolute: string) => string;
  readonly runOptions: Omit<RunOptions, 'files'>;
  readonly pool: WorkerPool | undefined;
  readonly only: readonly string[] | undefined;
}

async function discoverAndRun(
  io: CliIO,
  steps: readonly LoadedStep[],
  flags: RunFlags,
  { started, root, show, runOptions, pool, only }: Prepared,
  output: { reporter: Reporter } | undefined,
  extra: readonly FileResult[],
): Promise<number> {
  const tsconfig = runOptions.tsconfig;
  // Loaded here, after the worker threads were started: globby and fast-glob are ~0.1 s of
  // module loading that the threads' own start-up (TypeScript) now overlaps.
  const { discoverFiles } = await import('../workspace/discover.js');
  const files = await discoverFiles({
    cwd: io.cwd,
    patterns: flags.paths,
    ignore: flags.ignore,
    gitignore: flags.gitignore,
    extensions: flags.extensions,
    only,
  }).then((found) => (flags.shard ? shardFiles(root, found, flags.shard, { steps, tsconfig }) : found));
  if (files.length === 0 && !flags.quiet) line(io, 'codemorph: no files matched (check the paths, --extensions and .gitignore)');

  const reporters: Reporter[] = [];
  const warningGroups = new WarningGroups();
  // Files in no tsconfig project fail one by one; without --verbose they print one line per package.
  const placementFailures = new FailureGroups(root);
  const color = await colorFor(io, { tty: io.stdoutIsTTY, flag: flags.color });
  if (output) reporters.push(output.reporter);
  else if (flags.format) {
    const { createFindingsReporter } = await import('../output/findings-reporter.js');
    const rules = steps.map(({ pass }) => ({ id: pass.id, title: pass.title, severity: 'warning' as const, description: pass.description }));
    reporters.push(createFindingsReporter({ format: flags.format, out: io.stdout, root, relativePath: (path) => relativePath(root, path), rules }));
  }
  // Reporters that compute diffs are loaded only when asked for: a --check run prints paths only.
  else if (flags.json) reporters.push((await import('../output/json-reporter.js')).createJsonReporter(io.stdout, show, () => ({ warningGroups: warningGroups.list() })));
  else if (flags.check) reporters.push({ file: (r) => r.status === 'changed' && io.stdout(`${show(r.path)}\n`), end() {} });
  else if (!flags.write) reporters.push((await import('../output/diff-reporter.js')).createDiffReporter({ out: io.stdout, displayPath: show, color }));
  const patch = flags.patch ? (await import('../output/diff-reporter.js')).createPatchCollector(show) : undefined;
  if (patch) reporters.push(patch);

  // Loaded (and a missing prettier refused) before any pass runs.
  const prettier = flags.prettier ? await (await import('../format/prettier.js')).loadProjectPrettier(root) : undefined;
  const summary = emptySummary();
  const progress = createProgress(io, { enabled: flags.progress && !flags.json && io.stderrIsTTY, total: files.length });
  // Taken before any pass runs: the lock, and the place changes wait on disk for the write phase.
  const writer = flags.write ? (await import('./write-phase.js')).WritePhase.start(io, root, show) : undefined;
  // Opened before any pass runs, so a run without a terminal is refused at once.
  const prompter = flags.interactive ? await openPrompter(io, color, writer) : undefined;
  const chosen: ChangedFile[] = [];
  let exit: number = EXIT.ok;
  try {
    const handle = (result: FileResult): void => {
      addToSummary(summary, result);
      warningGroups.add(result);
      const noisy = result.status === 'failed' || (result.status === 'skipped' && (!result.passes || flags.verbose)) || (!flags.quiet && result.warnings.length > 0);
      if (!flags.verbose && isPlacementFailure(result)) placementFailures.add(result);
      else if (noisy && !output) progress.interrupt(() => reportProblem(io, result, flags, show));
      // Under --write a change is set aside on disk (memory stays flat) and reported once written.
      if (result.status === 'changed' && writer && prompter) chosen.push(result); // asked about after the run
      else if (result.status === 'changed' && writer) writer.take(result);
      else for (const reporter of reporters) reporter.file(result);
    };
    // With --verify types nothing is reported until the type check says which changes stand.
    const held: FileResult[] = [];
    const options: PrestartedRunOptions = { ...runOptions, files, pool, onFile: (_, done) => progress.update(done) };
    for await (const produced of run(options)) {
      const result = prettier && produced.status === 'changed' ? await formatted(prettier, produced) : produced;
      if (flags.verify === 'types') held.push(result);
      else handle(result);
      if (writer?.interrupted) break;
    }
    if (flags.verify === 'types' && !writer?.interrupted) {
      for (const result of await refuseTypeErrors(root, tsconfig, steps, held)) handle(result);
    }
    if (!writer?.interrupted) for (const result of extra) handle(result);
    progress.stop();
    if (!output) for (const grouped of placementFailures.lines(show)) line(io, grouped);
    if (prompter && !writer!.interrupted) await askHunks(io, prompter, chosen, { writer: writer!, summary, show });
    exit = summary.failed > 0 ? EXIT.error : EXIT.ok;
    if (writer?.interrupted) {
      line(io, 'codemorph: interrupted before writing; no file was changed');
      exit = EXIT.interrupted;
    } else if (writer && writer.items.length > 0) {
      exit = Math.max(exit, await writePhase(io, writer, { root, flags, show, summary, reporters }));
    }
  } finally {
    progress.stop();
    prompter?.close();
    writer?.close();
  }
  if (patch && flags.patch) writeFileSync(resolve(io.cwd, flags.patch), patch.text());
  summary.durationMs = performance.now() - started;
  for (const reporter of reporters) reporter.end(summary);
  if (!flags.quiet && warningGroups.size > 0) line(io, formatWarningGroups(warningGroups.list()));
  if (!flags.quiet) line(io, formatSummary(summary, { write: flags.write }));
  if (flags.check && summary.changed > 0 && exit === EXIT.ok) exit = EXIT.checkFailed;
  return exit;
}

async function openPrompter(io: CliIO, color: Awaited<ReturnType<typeof colorFor>>, writer: WritePhase | undefined): Promise<HunkPrompter> {
  try {
    return (await import('./interactive.js')).HunkPrompter.open(io, color);
  } catch (error) {
    writer?.close();
    throw error;
  }
}

/** `--interactive`: each change goes to the writer with only the hunks the user accepted. */
async function askHunks(io: CliIO, prompter: HunkPrompter, changes: readonly ChangedFile[], context: { writer: WritePhase; summary: ReturnType<typeof emptySummary>; show: (path: string) => string }): Promise<void> {
  for (const result of changes) {
    const choice = await prompter.choose(result, context.show);
    if (choice.kind === 'write') {
      context.writer.take(choice.result);
      continue;
    }
    if (choice.kind === 'skip' && choice.reason) line(io, `${context.show(result.path)}: ${choice.reason}`);
    // Declined: counted as left unchanged, so the summary says what was written.
    context.summary.changed--;
    context.summary.unchanged++;
  }
}

/** `--prettier`: the changed ranges formatted; a change prettier turns back into the original is no change. */
async function formatted(prettier: ProjectPrettier, result: ChangedFile): Promise<FileResult> {
  const { formatChangedRanges } = await import('../format/prettier.js');
  const out = await formatChangedRanges(prettier, result);
  if (out.after !== out.before || out.operation !== 'edit') return out;
  const { path, relativePath, warnings, stats } = out;
  return { path, relativePath, warnings, stats, status: 'unchanged' };
}

interface WriteContext {
  readonly root: string;
  readonly flags: RunFlags;
  readonly show: (path: string) => string;
  readonly summary: ReturnType<typeof emptySummary>;
  readonly reporters: readonly Reporter[];
}

/** Checks git, then writes what the run set aside; returns the exit code the writes deserve. */
async function writePhase(io: CliIO, writer: WritePhase, { root, flags, show, summary, reporters }: WriteContext): Promise<number> {
  const changed = writer.items.map((item) => item.result);
  const { failedResult } = await import('./write-phase.js');
  if (flags.staged) refusePartiallyStaged(io.cwd, changed, show);
  if (!flags.allowDirty) {
    const dirty = dirtyFiles(root, changed.map((result) => result.operation === 'move' ? result.previousPath! : result.path));
    if (dirty.length > 0) {
      throw new UsageError(
        `refusing to write: uncommitted changes in ${dirty.map(show).join(', ')} (commit or stash them, or pass --allow-dirty)`,
      );
    }
  }
  let written = 0;
  const report = await writer.write((outcome: WriteOutcome) => {
    if (outcome.error) {
      // Writer errors carry the path as data; it is shown here, relative to the cwd like every line.
      if (!outcome.notAttempted) line(io, `${show(outcome.result.path)}: ${outcome.error.message}`);
      summary.changed--;
      summary.failed++;
      for (const reporter of reporters) reporter.file(failedResult(outcome.result, { kind: outcome.error.kind, message: outcome.error.message }));
      return;
    }
    written++;
    if (!flags.json && !flags.quiet) io.stdout(`${show(outcome.result.path)}\n`);
    for (const reporter of reporters) reporter.file(outcome.result);
  });
  const undoHint = written === 0 ? 'no file was changed' : `${written} of ${changed.length} files were written; \`codemorph undo\` restores them`;
  if (report.halted?.kind === 'journal') {
    const { error } = report.halted;
    line(io, `${error.path ? `${show(error.path)}: ` : ''}${error.message}; ${undoHint}`);
    return EXIT.error;
  }
  if (report.halted?.kind === 'interrupted') {
    line(io, `codemorph: interrupted; ${undoHint}`);
    return EXIT.interrupted;
  }
  return report.outcomes.some((outcome) => outcome.error) ? EXIT.error : EXIT.ok;
}
