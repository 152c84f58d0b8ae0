import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { Project } from 'ts-morph';
import { CodemorphError } from '../core/errors.js';
import { isInside } from '../core/paths.js';
import { ts } from '../core/parse.js';
import { passMatches, type FileContext, type FilePass, type ProjectPass } from '../core/pass.js';
import type { FileResult } from '../core/result.js';
import { createEditSink, type EditSink } from '../core/sink.js';
import { DEFAULT_MAX_FILE_SIZE, readSource } from '../workspace/read.js';
import { FileState } from './file-state.js';
import { baseContext, morphFile, recordMutation, toResultError } from './process-file.js';
import { relativePath, type RunOptions } from './run.js';

function readOutsideProject(root: string, absolute: string, shown: string): string {
  if (!isInside(root, absolute) || !existsSync(absolute)) {
    throw new CodemorphError('usage', `${shown}: not in the project`);
  }
  return readFileSync(absolute, 'utf8');
}

/** The nearest tsconfig.json from `start` upwards, or undefined. */
export function findTsconfig(start: string): string | undefined {
  let dir = resolve(start);
  for (;;) {
    const candidate = join(dir, 'tsconfig.json');
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

interface FileOp {
  readonly kind: 'create' | 'delete' | 'move';
  readonly path: string;
  readonly from?: string;
  readonly text?: string;
  readonly passId: string;
}

/**
 * Runs steps that need the type checker or the whole project. The Project is built once; within
 * one pass every file sees the program as it was when the pass began (edits are recorded against
 * unchanged trees), and changed texts are pushed into the Project between passes.
 */
export async function* runProject(options: RunOptions): AsyncGenerator<FileResult> {
  const tsconfig = options.tsconfig ? resolve(options.root, options.tsconfig) : findTsconfig(options.root);
  let project: Project;
  try {
    project = new Project({
      ...(tsconfig ? { tsConfigFilePath: tsconfig } : {}),
      compilerOptions: tsconfig
        ? { allowJs: true }
        : { allowJs: true, jsx: ts.JsxEmit.Preserve, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.NodeNext, strict: true },
    });
  } catch (error) {
    // ts-morph's message ("Property assignment expected.") does not say which file it read.
    const message = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    throw new CodemorphError('usage', `${tsconfig ?? 'tsconfig'}: cannot load: ${message}`, { cause: error });
  }
  const states = new Map<string, FileState>();
  const early: FileResult[] = [];
  const failed = new Set<string>();
  for (const path of options.files) {
    const read = await readSource(path, options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE);
    const rel = relativePath(options.root, path);
    if (read.kind === 'skip') {
      early.push({ path, relativePath: rel, status: 'skipped', reason: read.reason, warnings: [], stats: {} });
      continue;
    }
    const state = new FileState(path, rel, read.text);
    const problem = state.inputProblem();
    if (problem) {
      early.push(state.skipped(`cannot parse: ${problem}`));
      continue;
    }
    states.set(path, state);
    const existing = project.getSourceFile(path);
    // The tsconfig already loaded most files; replacing identical text would re-parse each one.
    if (!existing) project.createSourceFile(path, read.text, { overwrite: true });
    // replaceWithText would turn CRLF into LF, so the checker's tree would disagree with the text.
    else if (existing.getFullText() !== read.text) project.createSourceFile(path, read.text, { overwrite: true });
  }
  const results = new Map<string, FileResult>();
  const ops: FileOp[] = [];
  const verbose = options.verbose ?? false;
  const stateFor = (path: string): FileState => {
    const absolute = isAbsolute(path) ? path : resolve(options.root, path);
    let state = states.get(absolute);
    if (!state) {
      const file = project.getSourceFile(absolute);
      // Files outside the program (package.json, say) can be edited too, read from disk.
      const text = file?.getFullText() ?? readOutsideProject(options.root, absolute, path);
      state = new FileState(absolute, relativePath(options.root, absolute), text);
      states.set(absolute, state);
    }
    return state;
  };

  for (let round = 0; round < Math.max(1, options.maxRounds ?? 1); round++) {
    let roundChanged = false;
    for (const step of options.steps) {
      // Project passes are one-shot refactors (a move planned twice would move twice).
      if (round > 0 && step.pass.scope === 'project') continue;
      const before = new Map([...states].map(([path, state]) => [path, state.text]));
      const program = step.pass.needs === 'types' ? project.getProgram().compilerObject : undefined;
      if (step.pass.scope === 'file') {
        for (const state of states.values()) {
          if (failed.has(state.path) || !passMatches(step.pass, state.text)) continue;
          try {
            await visitFile(step.pass, step.options, state, program, project);
          } catch (error) {
            failed.add(state.path);
            results.set(state.path, state.failed(toResultError(error, step.pass.id, verbose)));
          }
        }
      } else {
        const sinks = new Map<string, EditSink>();
        try {
          const stats = await visitProject(step.pass, step.options, options, project, program!, stateFor, sinks, ops);
          for (const [path, sink] of sinks) stateFor(path).applyPass(step.pass.id, sink.recorded);
          // Project-wide counters ride on one file the pass touched, so the summary totals them.
          const carrier = [...sinks.keys()].sort()[0] ?? ops.map((op) => op.from ?? op.path).find((path) => states.has(path));
          if (carrier) for (const [name, quantity] of Object.entries(stats)) stateFor(carrier).stat(name, quantity);
        } catch (error) {
          const rootResult: FileResult = {
            path: options.root,
            relativePath: '.',
            status: 'failed',
            error: toResultError(error, step.pass.id, verbose),
            warnings: [],
            stats: {},
          };
          yield rootResult;
          return;
        }
      }
      for (const [path, state] of states) {
        if (state.text !== before.get(path)) {
          roundChanged = true;
          if (project.getSourceFile(path)) project.createSourceFile(path, state.text, { overwrite: true });
        }
      }
    }
    if (!roundChanged) break;
  }

  yield* early;
  // A moved (or deleted) file is reported once, by its operation, carrying any edits made to it.
  const claimed = new Set(ops.flatMap((op) => (op.kind === 'move' ? [op.from!] : op.kind === 'delete' ? [op.path] : [])));
  for (const state of [...states.values()].sort((a, b) => a.path.localeCompare(b.path))) {
    const failure = results.get(state.path);
    if (failure || !claimed.has(state.path)) yield failure ?? state.result();
  }
  for (const op of ops) {
    if (!results.has(op.from ?? op.path)) yield opResult(op, options, states);
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

async function visitProject(
  pass: ProjectPass,
  passOptions: Record<string, unknown>,
  options: RunOptions,
  project: Project,
  program: ts.Program,
  stateFor: (path: string) => FileState,
  sinks: Map<string, EditSink>,
  ops: FileOp[],
): Promise<Record<string, number>> {
  const stats: Record<string, number> = {};
  await pass.visitProject({
    root: options.root,
    project,
    program,
    checker: program.getTypeChecker(),
    ts,
    options: passOptions,
    files: options.files,
    edits(path) {
      const state = stateFor(path);
      let sink = sinks.get(state.path);
      if (!sink) {
        sink = createEditSink(pass.id, program.getSourceFile(state.path));
        sinks.set(state.path, sink);
      }
      return sink;
    },
    warn: (path, message, at) => stateFor(path).warn(pass.id, message, at),
    stat(name, quantity = 1) {
      stats[name] = (stats[name] ?? 0) + quantity;
    },
    fileOps: {
      createFile: (path, text) => ops.push({ kind: 'create', path: resolve(options.root, path), text, passId: pass.id }),
      deleteFile: (path) => ops.push({ kind: 'delete', path: resolve(options.root, path), passId: pass.id }),
      moveFile: (from, to) =>
        ops.push({ kind: 'move', from: resolve(options.root, from), path: resolve(options.root, to), passId: pass.id }),
    },
  });
  return stats;
}

function opResult(op: FileOp, options: RunOptions, states: Map<string, FileState>): FileResult {
  const base = { path: op.path, relativePath: relativePath(options.root, op.path), warnings: [], stats: {} };
  const common = { status: 'changed' as const, passes: [op.passId], attribution: [] };
  if (op.kind === 'create') return { ...base, ...common, operation: 'create', before: '', after: op.text ?? '' };
  const sourcePath = op.kind === 'move' ? op.from! : op.path;
  const state = states.get(sourcePath);
  // Files outside the Project (assets, JSON) are moved or deleted as they are on disk.
  const original = state?.original ?? readFileSync(sourcePath, 'utf8');
  if (op.kind === 'delete') return { ...base, ...common, operation: 'delete', before: original, after: '' };
  const edited = state?.result();
  const passes = edited?.status === 'changed' ? [...new Set([...edited.passes, op.passId])] : [op.passId];
  return {
    ...base,
    warnings: state?.warnings ?? [],
    stats: state?.stats ?? {},
    status: 'changed',
    operation: 'move',
    previousPath: op.from,
    before: original,
    after: state?.text ?? original,
    passes,
    attribution: edited?.status === 'changed' ? edited.attribution : [],
  };
}
