import { isAbsolute, resolve } from 'node:path';
import type { Project } from 'ts-morph';
import { NOT_IN_PROJECT, NotInProjectError } from '../core/errors.js';
import { ts } from '../core/parse.js';
import { passMatches, type FileContext, type FilePass, type ProjectPass } from '../core/pass.js';
import type { FileResult } from '../core/result.js';
import { createEditSink, type EditSink } from '../core/sink.js';
import { DEFAULT_MAX_FILE_SIZE, readSource } from '../workspace/read.js';
import type { LoadedStep } from '../workspace/steps.js';
import { FileState } from './file-state.js';
import { baseContext, morphFile, recordMutation, toResultError } from './process-file.js';
import { addOp, buildOutputIn, opResult, readOutsideProject, type FileOp } from './project-ops.js';
import { planUnits, UnitLoader, type ProjectUnit } from './project-units.js';
import { relativePath, type RunOptions } from './run.js';
import { adoptConfig, applyStepOps, pushChanged, touchesConfig, type RunFiles } from './step-ops.js';
import { programOf } from './node-formats.js';

export { findTsconfig } from './project-units.js';

/**
 * Runs steps that need the type checker or the whole project. Each file is checked by the
 * program of the tsconfig project that owns it (src/runner/project-units.ts): one Project for a
 * single-project tree, built once; in a monorepo one per project, loaded in turn and released.
 * Within one pass every file sees the program as it was when the pass began (edits are recorded
 * against unchanged trees), and changed texts are pushed into the Project between passes.
 */
export async function* runProject(options: RunOptions): AsyncGenerator<FileResult> {
  const plan = planUnits(options.root, options.files, options.tsconfig);
  const verbose = options.verbose ?? false;
  const firstPassId = options.steps[0]?.pass.id;
  const states = new Map<string, FileState>();
  const early: FileResult[] = [];
  const results = new Map<string, FileResult>();
  const failed = new Set<string>();
  const fail = (state: FileState, error: unknown, passId = firstPassId): void => {
    failed.add(state.path);
    results.set(state.path, state.failed(toResultError(error, passId, verbose)));
  };
  for (const path of options.files) {
    const read = await readSource(path, options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE);
    const rel = relativePath(options.root, path);
    if (read.kind === 'skip') {
      early.push({ path, relativePath: rel, status: 'skipped', reason: read.reason, warnings: [], stats: {} });
      continue;
    }
    const state = new FileState(path, rel, read.text, { keepTree: false });
    const problem = state.inputProblem();
    if (problem) {
      early.push(state.skipped(`cannot parse: ${problem}`));
      continue;
    }
    states.set(path, state);
  }
  // A file no project owns, or whose project cannot load, would be checked with the wrong options
  // (or not at all) and a refactor would silently miss it: it fails instead.
  for (const path of plan.ownerless) {
    const state = states.get(path);
    if (state) fail(state, new NotInProjectError(NOT_IN_PROJECT, { hint: 'add it to a tsconfig, or run on the packages only' }));
  }
  for (const unit of plan.units) {
    if (!unit.error) continue;
    for (const path of unit.owned ?? states.keys()) {
      const state = states.get(path);
      if (state) fail(state, new NotInProjectError(unit.error));
    }
  }
  const gone = new Set<string>();
  const loader = new UnitLoader(states, gone);
  const ownerOf = new Map<string, ProjectUnit>();
  for (const unit of plan.units) for (const path of unit.owned ?? []) ownerOf.set(path, unit);
  const ops: FileOp[] = [];
  const units = [...plan.units];
  const runFiles: RunFiles = { root: options.root, states, files: [...options.files], gone, units, ownerOf, results, failed };
  const stateFor = (path: string): FileState => {
    const absolute = isAbsolute(path) ? path : resolve(options.root, path);
    let state = states.get(absolute);
    if (!state) {
      const file = loader.current()?.getSourceFile(absolute);
      // Files outside the program (package.json, say) can be edited too, read from disk.
      const text = file?.getFullText() ?? readOutsideProject(options.root, absolute, path);
      state = new FileState(absolute, relativePath(options.root, absolute), text);
      states.set(absolute, state);
    }
    return state;
  };

  // A single project loads up front, so a tsconfig that cannot load stops the run at once.
  const only = units.length === 1 && !units[0]!.owned ? units[0]! : undefined;
  if (only) loader.acquire(only);
  // Consecutive file passes run project by project (all of them on one project before the next is
  // loaded): a recipe of several type-aware passes loads each project once per round, not per pass.
  const segments: LoadedStep[][] = [];
  for (const step of options.steps) {
    const last = segments.at(-1);
    if (last && step.pass.scope === 'file' && last[0]!.pass.scope === 'file') last.push(step);
    else segments.push([step]);
  }
  for (let round = 0; round < Math.max(1, options.maxRounds ?? 1); round++) {
    let roundChanged = false;
    for (const segment of segments) {
      const first = segment[0]!;
      if (first.pass.scope === 'project') {
        // Project passes are one-shot refactors (a move planned twice would move twice).
        if (round > 0) continue;
        const before = new Map([...states].map(([path, state]) => [path, state.text]));
        const opsBefore = ops.length;
        const unattached: Record<string, number> = {};
        const failure = await projectStep(first.pass, first.options, { options, files: runFiles.files, units, ownerOf, loader, stateFor, known: (path) => states.has(path), ops, unattached });
        if (failure) {
          yield { path: options.root, relativePath: '.', status: 'failed', error: toResultError(failure, first.pass.id, verbose), warnings: [], stats: {} };
          return;
        }
        const stepOps = ops.slice(opsBefore);
        const edited = [...states.values()].filter((state) => state.text !== before.get(state.path)).map((state) => state.path);
        applyStepOps(ops, opsBefore, runFiles, loader.current());
        const carrier = states.get(stepOps.find((op) => states.has(op.path))?.path ?? '');
        for (const [name, quantity] of Object.entries(unattached)) carrier?.stat(name, quantity);
        if (pushChanged(loader.current(), [...states.values()], before) || stepOps.length > 0) roundChanged = true;
        // A tsconfig this step created or edited is what the next steps' Projects load.
        const created = stepOps.filter((op) => op.kind === 'create').map((op) => op.path);
        if (adoptConfig(runFiles, created) || touchesConfig([...edited, ...stepOps.map((op) => op.path)])) loader.release();
        continue;
      }
      for (const unit of units) {
        for (const step of segment) {
          if (step.pass.scope !== 'file') continue; // (segments hold file passes only; narrows the type)
          const candidates = unit.owned ? [...unit.owned].flatMap((path) => states.get(path) ?? []) : [...states.values()];
          const mine = candidates.filter((state) => !failed.has(state.path) && !gone.has(state.path) && passMatches(step.pass, state.text, state.path));
          if (mine.length === 0) continue;
          let project: Project;
          try {
            project = loader.acquire(unit);
          } catch (error) {
            for (const state of mine) fail(state, error, step.pass.id);
            continue;
          }
          const before = new Map(mine.map((state) => [state.path, state.text]));
          const program = step.pass.needs === 'types' ? programOf(project) : undefined;
          for (const state of mine) {
            try {
              await visitFile(step.pass, step.options, state, program, project);
            } catch (error) {
              fail(state, error, step.pass.id);
            }
          }
          if (pushChanged(project, mine, before)) roundChanged = true;
        }
      }
    }
    if (!roundChanged) break;
  }

  yield* early;
  // A moved, created or deleted file is reported once, by its operation, carrying any edits made
  // to it (a moved file's state is keyed by its new path).
  const claimed = new Set(ops.map((op) => op.path));
  for (const state of [...states.values()].sort((a, b) => a.path.localeCompare(b.path))) {
    const failure = results.get(state.path);
    if (failure || !claimed.has(state.path)) yield failure ?? state.result();
  }
  for (const op of ops) {
    if (!results.has(op.path)) yield opResult(op, options.root, states);
  }
}

async function visitFile(
  pass: FilePass,
  passOptions: Record<string, unknown>,
  state: FileState,
  program: ts.Program | undefined,
  project: Project,
): Promise<void> {
  const text = state.text;
  const sourceFile = program?.getSourceFile(state.path) ?? state.currentTree();
  const sink = createEditSink(pass.id, sourceFile);
  const context: FileContext = {
    ...baseContext(state, pass.id, passOptions, sink, text),
    sourceFile,
    morph: () => project.getSourceFile(state.path) ?? morphFile(state.path, text),
    mutate(fn) {
      const file = morphFile(state.path, text);
      fn(file);
      recordMutation(sink, pass.id, file, text);
    },
    ...(program ? { program, checker: program.getTypeChecker(), project } : {}),
  };
  await pass.visit(context);
  state.applyPass(pass.id, sink.recorded);
}

interface ProjectStepContext {
  readonly options: RunOptions;
  /** The run's files by their current paths (earlier steps may have moved some). */
  readonly files: readonly string[];
  readonly units: readonly ProjectUnit[];
  readonly ownerOf: ReadonlyMap<string, ProjectUnit>;
  readonly loader: UnitLoader;
  readonly stateFor: (path: string) => FileState;
  /** Whether the run holds a state for the file already. */
  readonly known: (path: string) => boolean;
  readonly ops: FileOp[];
  /** Counters the step had no known file to carry on (filled by projectStep). */
  readonly unattached: Record<string, number>;
}

/**
 * Runs a project pass over each unit in turn (dependencies first) and merges the edits into one
 * set: each unit edits the files it owns, and a file no unit owns (package.json, a file outside
 * the run) is edited by the first unit that can see the target. A unit that cannot see the pass's target
 * (NotInProjectError) is skipped; the error stands when no unit can see it. Returns the error
 * that fails the step, if any.
 */
async function projectStep(pass: ProjectPass, passOptions: Record<string, unknown>, step: ProjectStepContext): Promise<unknown> {
  const { options, stateFor } = step;
  const sinks = new Map<string, EditSink>();
  const stats: Record<string, number> = {};
  let visited = 0;
  let miss: unknown;
  // The first unit that can see the target edits (and counts) the files no unit owns.
  let lead: ProjectUnit | undefined;
  for (const unit of step.units) {
    if (unit.error) continue;
    const leading = lead === undefined;
    if (leading) lead = unit;
    let loaded: ts.Program | undefined;
    try {
      const project = step.loader.acquire(unit);
      const program = programOf(project);
      loaded = program;
      const owns = (path: string): boolean => {
        if (!unit.owned) return true;
        const owner = step.ownerOf.get(resolve(options.root, path));
        return owner ? owner === unit : lead === unit;
      };
      await pass.visitProject({
        root: options.root,
        project,
        program,
        checker: program.getTypeChecker(),
        ts,
        options: passOptions,
        files: step.files,
        owns,
        edits(path) {
          const absolute = resolve(options.root, path);
          // Another unit edits this file; what this one records is dropped.
          if (!owns(absolute)) return createEditSink(pass.id, program.getSourceFile(absolute));
          const state = stateFor(absolute);
          let sink = sinks.get(state.path);
          if (!sink) {
            sink = createEditSink(pass.id, program.getSourceFile(state.path));
            sinks.set(state.path, sink);
          }
          return sink;
        },
        warn: (path, message, at) => {
          if (owns(path)) stateFor(path).warn(pass.id, message, at);
        },
        stat(name, quantity = 1) {
          stats[name] = (stats[name] ?? 0) + quantity;
        },
        fileOps: {
          createFile: (path, text) => addOp(step.ops, { kind: 'create', path: resolve(options.root, path), text, passId: pass.id }),
          deleteFile: (path) => addOp(step.ops, { kind: 'delete', path: resolve(options.root, path), passId: pass.id }),
          moveFile: (from, to) => addOp(step.ops, { kind: 'move', from: resolve(options.root, from), path: resolve(options.root, to), passId: pass.id }),
        },
      });
      visited++;
    } catch (error) {
      if (!(error instanceof NotInProjectError)) return error;
      // Not seeing the target is only believable when the program reads sources: a build output
      // of another package (its dist/*.d.ts) hides the symbol the refactor looks for.
      const built = unit.owned && loaded ? buildOutputIn(loaded, options.root, (path) => step.ownerOf.has(path)) : undefined;
      if (built) {
        const shown = (path: string): string => relativePath(options.root, path);
        return new NotInProjectError(
          `${shown(unit.tsconfig!)} reads ${shown(built)}, a build output, not its package's sources, so codemorph cannot follow it there: add that package to its "references"`,
        );
      }
      miss ??= error;
      if (leading) lead = undefined;
    }
  }
  if (visited === 0 && miss) return miss;
  try {
    for (const [path, sink] of sinks) stateFor(path).applyPass(pass.id, sink.recorded);
  } catch (error) {
    return error;
  }
  // Project-wide counters ride on one file the pass touched, so the summary totals them.
  const carrier = [...sinks.keys()].sort()[0] ?? step.ops.map((op) => op.from ?? op.path).find((path) => step.known(path));
  if (carrier) for (const [name, quantity] of Object.entries(stats)) stateFor(carrier).stat(name, quantity);
  // Only created files: they get states after the step (applyStepOps); the caller attaches these.
  else Object.assign(step.unattached, stats);
  return undefined;
}
