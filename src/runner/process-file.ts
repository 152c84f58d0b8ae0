import { Project, type SourceFile as MorphSourceFile } from 'ts-morph';
import { applyEdits, mapOffset } from '../core/change-set.js';
import type { TextRange } from '../core/edit.js';
import { CodemorphError, isCodemorphError } from '../core/errors.js';
import { formatSyntaxProblem, parseSource, scriptKindFor, syntaxErrors, ts } from '../core/parse.js';
import { passMatches, type FileContext, type FileOps, type FilePass } from '../core/pass.js';
import type { Attribution, FileResult, ResultError, Stats, Warning } from '../core/result.js';
import { createEditSink } from '../core/sink.js';
import { textToEdits } from '../core/text-diff.js';
import type { OptionValues } from '../core/options.js';

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
}

let scratchProject: Project | undefined;

/** ts-morph wrappers for syntax passes live in one in-memory project, one file at a time. */
function morphFile(path: string, text: string): MorphSourceFile {
  scratchProject ??= new Project({ useInMemoryFileSystem: true, compilerOptions: { allowJs: true, jsx: ts.JsxEmit.Preserve } });
  for (const file of scratchProject.getSourceFiles()) scratchProject.removeSourceFile(file);
  return scratchProject.createSourceFile(path, text, { overwrite: true, scriptKind: scriptKindFor(path) });
}

const noFileOps: FileOps = {
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

class SkipFile extends Error {}

/**
 * Runs file passes over one file's text, in order, each on the previous one's output, and
 * verifies every step re-parses. Never throws: failures and skips are results.
 */
export async function processFile(
  input: FileInput,
  passes: readonly ResolvedFilePass[],
  options: ProcessOptions = {},
): Promise<FileResult> {
  const base = { path: input.path, relativePath: input.relativePath };
  const warnings: Warning[] = [];
  const stats: Stats = {};
  const maxRounds = Math.max(1, options.maxRounds ?? 1);
  let text = input.text;
  let tree: ts.SourceFile | undefined;
  let inputErrors: number | undefined;
  let attribution: Attribution[] = [];
  const changedBy: string[] = [];
  let currentPass: string | undefined;

  const treeOf = (): ts.SourceFile => {
    if (tree) return tree;
    tree = parseSource(input.path, text);
    if (text === input.text) {
      const problems = syntaxErrors(tree);
      inputErrors = problems.length;
      if (problems.length > 0) throw new SkipFile(`cannot parse: ${formatSyntaxProblem(problems[0]!)}`);
    }
    return tree;
  };

  try {
    for (let round = 0; round < maxRounds; round++) {
      let roundChanged = false;
      for (const { pass, options: passOptions } of passes) {
        if (!passMatches(pass, text)) continue;
        currentPass = pass.id;
        if (pass.parses !== false) treeOf();
        const startText = text;
        const sink = createEditSink(pass.id, tree);
        const context: FileContext = {
          path: input.path,
          relativePath: input.relativePath,
          text: startText,
          get sourceFile() {
            return treeOf();
          },
          ts,
          options: passOptions,
          edits: sink,
          files: noFileOps,
          morph: () => morphFile(input.path, startText),
          mutate(fn) {
            const file = morphFile(input.path, startText);
            fn(file);
            for (const edit of textToEdits(startText, file.getFullText(), pass.id)) {
              sink.replaceRange(edit.start, edit.end, edit.text);
            }
          },
          warn(message, at) {
            let position: { line?: number; column?: number } = {};
            if (at !== undefined) {
              const offset = typeof at === 'number' ? at : at.getStart(tree);
              const lc = treeOf().getLineAndCharacterOfPosition(offset);
              position = { line: lc.line + 1, column: lc.character + 1 };
            }
            warnings.push({ passId: pass.id, message, ...position });
          },
          stat(name, quantity = 1) {
            stats[name] = (stats[name] ?? 0) + quantity;
          },
        };
        await pass.visit(context);
        if (sink.recorded.length === 0) continue;
        const applied = applyEdits(startText, sink.recorded, input.path);
        if (applied.text === startText) continue;
        const next = parseSource(input.path, applied.text);
        const problems = syntaxErrors(next);
        if (problems.length > 0) {
          inputErrors ??= syntaxErrors(parseSource(input.path, input.text)).length;
          if (problems.length > inputErrors) {
            throw new CodemorphError('verify', `output does not parse: ${formatSyntaxProblem(problems[0]!)}`, {
              path: input.path,
              passId: pass.id,
            });
          }
        }
        attribution = attribution.map((entry) => ({
          passId: entry.passId,
          ranges: entry.ranges.map(
            (range): TextRange => ({ start: mapOffset(range.start, applied.edits), end: mapOffset(range.end, applied.edits) }),
          ),
        }));
        attribution.push({ passId: pass.id, ranges: applied.changedRanges });
        if (!changedBy.includes(pass.id)) changedBy.push(pass.id);
        text = applied.text;
        tree = next;
        roundChanged = true;
      }
      if (!roundChanged) break;
    }
  } catch (error) {
    if (error instanceof SkipFile) return { ...base, status: 'skipped', reason: error.message, warnings, stats };
    return { ...base, status: 'failed', error: toResultError(error, currentPass, options.verbose ?? false), warnings, stats };
  }

  if (text === input.text) return { ...base, status: 'unchanged', warnings, stats };
  return {
    ...base,
    status: 'changed',
    operation: 'edit',
    before: input.text,
    after: text,
    passes: changedBy,
    attribution,
    warnings,
    stats,
  };
}
