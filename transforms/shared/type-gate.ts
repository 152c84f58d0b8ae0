import type { ts as TS } from 'ts-morph';
import type { FileContext } from '../../src/core/pass.js';
import { treeEdits } from '../nullish-coalescing/tree-edits.js';

/**
 * The type gate the annotation passes share (ts-types-from-jsdoc, ts-types-from-usage,
 * ts-class-fields): a candidate annotation is kept only when the file, and the files that import
 * it, have no type error after it that they did not have before. Not a pass.
 */

/** One text edit in positions of the checker's tree of the file. */
export interface TreeEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Edits that stand or fall together; `fallback` is tried when `edits` add errors (a looser type). */
export interface EditGroup<T = unknown> {
  readonly edits: readonly TreeEdit[];
  readonly fallback?: readonly TreeEdit[];
  /** What the pass needs back about an accepted group (the tags it converted, say). */
  readonly data: T;
}

export interface Accepted<T> {
  readonly edits: readonly TreeEdit[];
  readonly data: T;
}

/**
 * Parsed files shared by every scratch service of the process (the lib files above all), keyed by
 * version: a program's SourceFile object stands for its text, so a file changed by an earlier
 * pass (a new SourceFile) is parsed again and an unchanged one is not.
 */
let registry: TS.DocumentRegistry | undefined;
const treeVersions = new WeakMap<TS.SourceFile, number>();
let nextTreeVersion = 0;

function treeVersion(file: TS.SourceFile): number {
  let version = treeVersions.get(file);
  if (version === undefined) {
    version = nextTreeVersion++;
    treeVersions.set(file, version);
  }
  return version;
}

/**
 * A language service of its own over the run's program, with one file's text overridden: the
 * program the runner gives a pass must not change during the pass (other files are visited
 * against it), so trials never touch the ts-morph Project.
 */
class ScratchService {
  private readonly overlay = new Map<string, { text: string; version: number }>();
  readonly service: TS.LanguageService;

  constructor(ts: typeof TS, program: TS.Program) {
    const options = program.getCompilerOptions();
    const textOf = (name: string): string | undefined => this.overlay.get(name)?.text ?? program.getSourceFile(name)?.text ?? ts.sys.readFile(name);
    const host: TS.LanguageServiceHost = {
      getCompilationSettings: () => options,
      getScriptFileNames: () => [...program.getRootFileNames()],
      getScriptVersion: (name) => {
        const overlaid = this.overlay.get(name);
        if (overlaid) return `trial-${overlaid.version}`;
        const file = program.getSourceFile(name);
        return file ? `tree-${treeVersion(file)}` : 'disk';
      },
      getScriptSnapshot: (name) => {
        const text = textOf(name);
        return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text);
      },
      getCurrentDirectory: () => program.getCurrentDirectory(),
      getDefaultLibFileName: (opts) => {
        // Next to the program's own lib files (ts-morph serves them from its own folder, or memory).
        const lib = program.getSourceFiles().find((file) => program.isSourceFileDefaultLibrary(file));
        return lib ? `${lib.fileName.slice(0, lib.fileName.lastIndexOf('/'))}/${ts.getDefaultLibFileName(opts)}` : ts.getDefaultLibFilePath(opts);
      },
      fileExists: (name) => this.overlay.has(name) || program.getSourceFile(name) !== undefined || ts.sys.fileExists(name),
      readFile: (name) => textOf(name),
      directoryExists: (name) => ts.sys.directoryExists(name),
      getDirectories: (name) => ts.sys.getDirectories(name),
      useCaseSensitiveFileNames: () => ts.sys.useCaseSensitiveFileNames,
    };
    registry ??= ts.createDocumentRegistry();
    this.service = ts.createLanguageService(host, registry);
  }

  setText(fileName: string, text: string): void {
    const previous = this.overlay.get(fileName);
    if (previous?.text === text) return;
    this.overlay.set(fileName, { text, version: (previous?.version ?? 0) + 1 });
  }

  /**
   * Each file's errors as `file code@position`, positions of the edited file mapped back to its
   * original text: an error is the same error where it was, even when its message now names the
   * new type (`expression of type 'string' can't be used to index` where it said `'any'`).
   */
  errors(fileNames: readonly string[], original?: { fileName: string; edits: readonly TreeEdit[] }): string[] {
    return fileNames.flatMap((fileName) =>
      [...this.service.getSyntacticDiagnostics(fileName), ...this.service.getSemanticDiagnostics(fileName)]
        .filter((diagnostic) => diagnostic.category === 1)
        .map((diagnostic) => {
          const start = diagnostic.start ?? -1;
          const at = original?.fileName === fileName ? originalPosition(original.edits, start) : start;
          return `${fileName} ${diagnostic.code}@${at}`;
        }),
    );
  }
}

/** Where a position of the edited text was in the text before `edits` (inside inserted text: where it was inserted). */
function originalPosition(edits: readonly TreeEdit[], position: number): number {
  let delta = 0;
  for (const edit of mergeInsertions(edits).sort((a, b) => a.start - b.start)) {
    const start = edit.start + delta;
    if (position < start) break;
    if (position < start + edit.text.length) return edit.start;
    delta += edit.text.length - (edit.end - edit.start);
  }
  return position - delta;
}

const services = new WeakMap<TS.Program, ScratchService>();

/** The scratch service for this program (one per pass: each pass gets a new program). */
export function scratchService(ctx: FileContext): ScratchService {
  const program = ctx.program;
  if (!program) throw new Error('the type gate needs the program (needs: types)');
  let service = services.get(program);
  if (!service) {
    service = new ScratchService(ctx.ts, program);
    services.set(program, service);
  }
  return service;
}

/** The project files (not declarations) that import or re-export `file`: their call sites may break. */
function importersOf(ts: typeof TS, program: TS.Program, file: TS.SourceFile): string[] {
  const checker = program.getTypeChecker();
  const importers: string[] = [];
  for (const other of program.getSourceFiles()) {
    if (other === file || other.isDeclarationFile || other.fileName.includes('/node_modules/')) continue;
    const imports = other.statements.some((statement) => {
      const specifier =
        ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)
          ? statement.moduleSpecifier
          : ts.isImportEqualsDeclaration(statement) && ts.isExternalModuleReference(statement.moduleReference)
            ? statement.moduleReference.expression
            : undefined;
      return specifier !== undefined && checker.getSymbolAtLocation(specifier)?.valueDeclaration === file;
    });
    if (imports) importers.push(other.fileName);
  }
  return importers;
}

/**
 * Insertions at one position joined into one, in the order given (fields of a class body, say),
 * so that order does not depend on how edits are sorted later.
 */
export function mergeInsertions(edits: readonly TreeEdit[]): TreeEdit[] {
  const merged: TreeEdit[] = [];
  for (const edit of edits) {
    const same = edit.start === edit.end ? merged.findIndex((other) => other.start === edit.start && other.end === edit.start) : -1;
    if (same === -1) merged.push(edit);
    else merged[same] = { ...merged[same]!, text: merged[same]!.text + edit.text };
  }
  return merged;
}

/** `text` with the edits applied (positions in `text`; they must not overlap). */
export function applyTreeEdits(text: string, edits: readonly TreeEdit[]): string {
  let result = text;
  for (const edit of mergeInsertions(edits).sort((a, b) => b.start - a.start || b.end - a.end)) {
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  }
  return result;
}

/** Two edits clash when their ranges overlap, or one inserts inside the other's range. */
function clash(x: TreeEdit, y: TreeEdit): boolean {
  if (x.start === x.end && y.start === y.end) return false; // insertions at one position: kept in order
  return (x.start < y.end && y.start < x.end) || (x.start === y.start && (x.start === x.end || y.start === y.end));
}

function overlaps(a: readonly TreeEdit[], b: readonly TreeEdit[]): boolean {
  return a.some((x) => b.some((y) => clash(x, y)));
}

function selfOverlaps(edits: readonly TreeEdit[]): boolean {
  return edits.some((x, index) => edits.slice(index + 1).some((y) => clash(x, y)));
}

/** Whether `after` holds no error that `before` did not (as multisets). */
function noWorse(before: readonly string[], after: readonly string[]): boolean {
  const left = new Map<string, number>();
  for (const error of before) left.set(error, (left.get(error) ?? 0) + 1);
  for (const error of after) {
    const count = left.get(error) ?? 0;
    if (count === 0) return false;
    left.set(error, count - 1);
  }
  return true;
}

/**
 * Keeps the groups that add no type error, in order: all of them at once when that checks, else
 * each half on top of what was kept, down to single groups (a group's fallback when its own edits
 * fail). Returns the accepted groups with the edits that were kept.
 */
export function acceptCheckedGroups<T>(ctx: FileContext, groups: readonly EditGroup<T>[]): Accepted<T>[] {
  if (groups.length === 0) return [];
  const scratch = scratchService(ctx);
  const file = ctx.sourceFile;
  const importers = importersOf(ctx.ts, ctx.program!, file);
  const original = file.text;
  scratch.setText(file.fileName, original);
  const everyFile = [file.fileName, ...importers];
  const before = scratch.errors(everyFile);
  const trialIn = (checked: readonly string[]) => (edits: readonly TreeEdit[]): boolean => {
    scratch.setText(file.fileName, applyTreeEdits(original, edits));
    // Errors are keyed by file: `before` holding the importers' too does not matter when they are not checked.
    return noWorse(before, scratch.errors(checked, { fileName: file.fileName, edits }));
  };
  try {
    // The file alone first (a file many others import would cost a check of each of them per
    // trial); the importers once on the result, and every trial with them only when that fails.
    let accepted = selectGroups(groups, trialIn([file.fileName]));
    if (importers.length > 0 && accepted.length > 0 && !trialIn(everyFile)(accepted.flatMap((group) => group.edits))) {
      accepted = selectGroups(groups, trialIn(everyFile));
    }
    return accepted;
  } finally {
    scratch.setText(file.fileName, original);
  }
}

/** The groups that pass `trial`, in order: halves first, down to single groups and their fallbacks. */
function selectGroups<T>(groups: readonly EditGroup<T>[], trial: (edits: readonly TreeEdit[]) => boolean): Accepted<T>[] {
  const accepted: Accepted<T>[] = [];
  const kept: TreeEdit[] = [];
  // Halves first: a few bad groups among many cost a few trials each, not one trial per group.
  const take = (slice: readonly EditGroup<T>[]): void => {
    if (slice.length > 1) {
      const edits = slice.flatMap((group) => group.edits);
      if (!overlaps(kept, edits) && !selfOverlaps(edits) && trial([...kept, ...edits])) {
        kept.push(...edits);
        accepted.push(...slice.map((group) => ({ edits: group.edits, data: group.data })));
        return;
      }
      const middle = slice.length >> 1;
      take(slice.slice(0, middle));
      take(slice.slice(middle));
      return;
    }
    const group = slice[0]!;
    for (const edits of [group.edits, group.fallback]) {
      if (!edits || edits.length === 0 || overlaps(kept, edits)) continue;
      if (trial([...kept, ...edits])) {
        kept.push(...edits);
        accepted.push({ edits, data: group.data });
        return;
      }
    }
  };
  take(groups);
  return accepted;
}

/** Records tree-positioned edits on the file (mapping CRLF files); false when the tree is not this text's. */
export function recordTreeEdits(ctx: FileContext, edits: readonly TreeEdit[]): boolean {
  const tree = treeEdits(ctx);
  if (!tree) return false;
  for (const edit of mergeInsertions(edits)) tree.replaceRange(edit.start, edit.end, edit.text);
  return true;
}

/** Whether the file is TypeScript (annotations are errors in JavaScript files). */
export function isTypeScriptFile(path: string): boolean {
  return /\.(c|m)?tsx?$/.test(path) && !/\.d\.(c|m)?ts$/.test(path);
}
