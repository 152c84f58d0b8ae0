import { createRequire } from 'node:module';
import type { Project, SourceFile as MorphSourceFile } from 'ts-morph';
import { CodemorphError, isCodemorphError } from '../core/errors.js';
import { takesTreeWithoutParents } from '../core/lazy-parents.js';
import { scriptKindFor, ts } from '../core/parse.js';
import { passMatches, type FileContext, type FileOps, type FilePass } from '../core/pass.js';
import type { FileResult, ResultError } from '../core/result.js';
import { createEditSink, type EditSink } from '../core/sink.js';
import { textToEdits } from '../core/text-diff.js';
import type { OptionValues } from '../core/options.js';
import { FileState } from './file-state.js';
import { fileGuard, type FileGuard } from './guard.js';

export interface ResolvedFilePass {
  readonly pass: FilePass;
  readonly options: OptionValues;
}

export interface FileInput {
  readonly path: string;
  readonly relativePath: string;
  readonly text: string;
}

export interface ProcessOptions {
  /** Repeat the pass list until a round changes nothing, at most this many times. */
  readonly maxRounds?: number;
  /** Keep stacks in error results (--verbose). */
  readonly verbose?: boolean;
  /**
   * Called before each pass looks at the file (its index in `passes`), so a supervisor can say
   * which pass a file hung in (src/runner/watchdog.ts).
   */
  readonly onPass?: (index: number) => void;
  /**
   * Stop the file after this long, on this thread (src/runner/guard.ts): its synchronous work is
   * interrupted, a promise a pass returned is waited for only that long. Only for passes whose
   * `visit` is not an async function (interruptiblePasses): after an `await` nothing can stop it.
   */
  readonly timeLimitMs?: number;
}

let scratchProject: Project | undefined;

/** ts-morph wrappers for syntax passes live in one in-memory project, one file at a time. */
export function morphFile(path: string, text: string): MorphSourceFile {
  // Loaded on first use: most syntax passes never ask for a wrapper, and ts-morph costs ~200 ms to load.
  const { Project: ProjectClass } = createRequire(import.meta.url)('ts-morph') as typeof import('ts-morph');
  scratchProject ??= new ProjectClass({
    useInMemoryFileSystem: true,
    compilerOptions: { allowJs: true, jsx: ts.JsxEmit.Preserve },
  });
  for (const file of scratchProject.getSourceFiles()) scratchProject.removeSourceFile(file);
  return scratchProject.createSourceFile(path, text, { overwrite: true, scriptKind: scriptKindFor(path) });
}

export const noFileOps: FileOps = {
  createFile() {
    throw new CodemorphError('usage', 'file passes cannot create files; declare the pass with visitProject');
  },
  deleteFile() {
    throw new CodemorphError('usage', 'file passes cannot delete files; declare the pass with visitProject');
  },
  moveFile() {
    throw new CodemorphError('usage', 'file passes cannot move files; declare the pass with visitProject');
  },
};

export function toResultError(error: unknown, passId: string | undefined, verbose: boolean): ResultError {
  const kind = isCodemorphError(error) ? error.kind : 'pass-threw';
  const message = error instanceof Error ? error.message : String(error);
  const stack = verbose && error instanceof Error ? error.stack : undefined;
  return { kind, message: message.split('\n')[0] ?? message, passId, ...(stack ? { stack } : {}) };
}

/** The ts-morph escape hatch: run manipulations on a copy, record the text difference as edits. */
export function recordMutation(sink: EditSink, passId: string, file: MorphSourceFile, before: string): void {
  for (const edit of textToEdits(before, file.getFullText(), passId)) sink.replaceRange(edit.start, edit.end, edit.text);
}

/** Everything of a FileContext except the tree and type information, which differ by mode. */
export function baseContext(state: FileState, passId: string, options: OptionValues, sink: EditSink, text: string) {
  return {
    path: state.path,
    relativePath: state.relativePath,
    text,
    ts,
    options,
    edits: sink,
    files: noFileOps,
    warn: (message: string, at?: ts.Node | number) => state.warn(passId, message, at),
    stat: (name: string, quantity?: number) => state.stat(name, quantity),
    skip: (reason?: string) => state.decline(passId, reason),
  };
}

/** What one pass did to the file: nothing (its pre-filter let the file by), stopped the file, or edits to apply. */
type PassStart =
  | { readonly kind: 'passed' }
  | { readonly kind: 'stop'; readonly result: FileResult }
  | { readonly kind: 'visited'; readonly sink: EditSink; readonly pending?: PromiseLike<void> };

const unguarded: FileGuard = { run: (work) => work(), wait: (promise) => Promise.resolve(promise) };

/**
 * Runs file passes over one file's text, in order, each on the previous one's output, and
 * verifies every step re-parses. Never throws: failures and skips are results.
 * It awaits only a `visit` that returned a promise: with synchronous passes the whole file runs
 * within this call, which is what lets `guard` time it (src/runner/guard.ts).
 */
export async function processFile(
  input: FileInput,
  passes: readonly ResolvedFilePass[],
  options: ProcessOptions = {},
): Promise<FileResult> {
  // JSDoc nodes are built only when a pass that parses may read them (see Pass.jsdoc).
  const jsdoc = passes.some(({ pass }) => pass.parses !== false && pass.jsdoc !== false);
  const state = new FileState(input.path, input.relativePath, input.text, { jsdoc });
  const maxRounds = Math.max(1, options.maxRounds ?? 1);
  const guard = options.timeLimitMs === undefined ? unguarded : fileGuard(options.timeLimitMs);
  let currentPass: string | undefined;
  let settled = false;
  try {
    for (let round = 0; round < maxRounds; round++) {
      let roundChanged = false;
      for (const [index, { pass, options: passOptions }] of passes.entries()) {
        // Before passMatches: a pass's match test (a pattern) can be what never ends.
        options.onPass?.(index);
        currentPass = pass.id;
        const started = guard.run(() => startPass(state, input, pass, passOptions));
        if (started.kind === 'stop') return started.result;
        if (started.kind === 'passed') continue;
        if (started.pending) await guard.wait(started.pending);
        if (guard.run(() => state.applyPass(pass.id, started.sink.recorded))) roundChanged = true;
      }
      if (!roundChanged) {
        settled = true;
        break;
      }
    }
    if (maxRounds > 1 && !settled) {
      // Asked to repeat until nothing changes, and every round still changed something.
      state.warn('codemorph', `still changing after ${maxRounds} rounds (--max-rounds); another run may change more`);
    }
  } catch (error) {
    return state.failed(toResultError(error, currentPass, options.verbose ?? false));
  }
  return state.result();
}

/** A pass's synchronous part: pre-filter, parse, visit (whose promise, if any, is the caller's to wait for). */
function startPass(state: FileState, input: FileInput, pass: FilePass, passOptions: OptionValues): PassStart {
  if (!passMatches(pass, state.text, state.path)) return { kind: 'passed' };
  // A pattern pass sets parent pointers itself, on a file where it found a match (core/lazy-parents.ts).
  const tree = { parents: !takesTreeWithoutParents(pass) };
  if (pass.parses !== false) {
    const problem = state.inputProblem(tree);
    if (problem) return { kind: 'stop', result: state.skipped(`cannot parse: ${problem}`) };
  }
  const text = state.text;
  const sink = createEditSink(pass.id, pass.parses === false ? undefined : state.currentTree(tree));
  const context: FileContext = {
    ...baseContext(state, pass.id, passOptions, sink, text),
    get sourceFile() {
      return state.currentTree(tree);
    },
    morph: () => morphFile(input.path, text),
    mutate(fn) {
      const file = morphFile(input.path, text);
      fn(file);
      recordMutation(sink, pass.id, file, text);
    },
  };
  const visited = pass.visit(context);
  return isThenable(visited) ? { kind: 'visited', sink, pending: visited } : { kind: 'visited', sink };
}

function isThenable(value: unknown): value is PromiseLike<void> {
  return typeof (value as PromiseLike<void> | undefined)?.then === 'function';
}
