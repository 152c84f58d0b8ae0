import { applyEdits, mapOffset } from '../core/change-set.js';
import type { Edit, TextRange } from '../core/edit.js';
import { CodemorphError } from '../core/errors.js';
import { formatSyntaxProblem, hasSyntaxErrors, parseSource, setParents, syntaxErrors, ts } from '../core/parse.js';
import { planReparse, reparseRanges } from '../core/reparse.js';
import type { Attribution, FileResult, ResultError, Stats, Warning } from '../core/result.js';

/**
 * JSON files (package.json, tsconfig.json edited by a project pass) are verified as JSON, not as
 * code; tsconfig/jsconfig files are JSON with comments and trailing commas, as TypeScript reads them.
 */
function verifyJson(path: string, passId: string, text: string): void {
  // tsconfig.json and jsconfig.json are JSON with comments and trailing commas, as tsc reads them.
  if (/(^|[\\/])[tj]sconfig[^\\/]*\.json$/.test(path)) {
    const error = ts.parseConfigFileTextToJson(path, text).error;
    if (error) throw new CodemorphError('verify', `output is not valid JSON: ${ts.flattenDiagnosticMessageText(error.messageText, ' ')}`, { path, passId });
    return;
  }
  try {
    JSON.parse(text);
  } catch (error) {
    throw new CodemorphError('verify', `output is not valid JSON: ${(error as Error).message}`, { path, passId });
  }
}

/** True when every line break of the text is CRLF: passes' new text then gets CRLF too. */
function usesCrlf(text: string): boolean {
  const crlf = text.indexOf('\r\n');
  if (crlf === -1) return false;
  return !/(^|[^\r])\n/.test(text);
}

/**
 * One file's text as it moves through the passes: applies each pass's edits once, verifies the
 * result parses, and keeps which pass changed which ranges (mapped forward to the latest text).
 */
export class FileState {
  /** Where the file is now: a project pass that moves it re-keys it (`relocate`). */
  path: string;
  relativePath: string;
  readonly original: string;
  text: string;
  readonly warnings: Warning[] = [];
  readonly stats: Stats = {};
  private attribution: Attribution[] = [];
  private readonly changedBy: string[] = [];
  /** Passes that ran on the file, and those of them that declined it (with why). */
  private readonly ran = new Set<string>();
  private readonly declined = new Map<string, string>();
  private readonly crlf: boolean;
  private tree: ts.SourceFile | undefined;
  /** The tree was parsed to check a pass's output and has no parent pointers yet. */
  private treeUnparented = false;
  private originalErrors: number | undefined;
  /** Whether trees get JSDoc nodes (some pass of the run reads them). */
  private readonly jsdoc: boolean;
  /** Whether the tree of the current text is kept between uses (see the constructor). */
  private readonly keepTree: boolean;

  /**
   * `keepTree: false` for runs that hold every file at once (project runs: the Program has its own
   * trees): a tree per file of a whole monorepo would make memory grow with the tree's size.
   */
  constructor(path: string, relativePath: string, text: string, options: { jsdoc?: boolean; keepTree?: boolean } = {}) {
    this.jsdoc = options.jsdoc ?? true;
    this.keepTree = options.keepTree ?? true;
    this.path = path;
    this.relativePath = relativePath;
    this.original = text;
    this.text = text;
    this.crlf = usesCrlf(text);
  }

  /** A file an earlier step created: later steps edit it like any other; its original is empty. */
  static created(path: string, relativePath: string, text: string): FileState {
    const state = new FileState(path, relativePath, '');
    state.text = text;
    return state;
  }

  /**
   * The file was moved by an earlier step: later steps see it under its new path (and parse it
   * by the new extension: a .js renamed .ts is TypeScript from now on). The original text stays,
   * so the result still shows one move with every edit.
   */
  relocate(path: string, relativePath: string): void {
    this.path = path;
    this.relativePath = relativePath;
    this.tree = undefined;
    this.treeUnparented = false;
    this.originalErrors = undefined;
  }

  private parse(text: string, parents = true): ts.SourceFile {
    return parseSource(this.path, text, { jsdoc: this.jsdoc, parents });
  }

  /**
   * The tree of the current text (parsed once per text), parents set unless `parents: false`
   * (then they may or may not be: for a pass that sets them itself when it needs them).
   */
  currentTree(options: { parents?: boolean } = {}): ts.SourceFile {
    const parents = options.parents ?? true;
    let tree = this.tree;
    if (!tree) {
      tree = this.parse(this.text, parents);
      this.treeUnparented = this.keepTree && !parents;
    } else if (parents && this.treeUnparented) {
      tree = setParents(tree, this.path, { jsdoc: this.jsdoc });
      this.treeUnparented = false;
    }
    if (this.keepTree) this.tree = tree;
    if (this.text === this.original && this.originalErrors === undefined) {
      this.originalErrors = syntaxErrors(tree).length;
    }
    return tree;
  }

  /** The first syntax problem of the original input, if it does not parse (`parents`: as currentTree). */
  inputProblem(options: { parents?: boolean } = {}): string | undefined {
    if (this.text !== this.original) return undefined;
    const problems = syntaxErrors(this.currentTree(options));
    return problems.length > 0 ? formatSyntaxProblem(problems[0]!) : undefined;
  }

  /**
   * Applies one pass's edits (recorded against the current text) and verifies the result parses.
   * Returns whether the text changed. Throws CodemorphError('verify' | 'edit-overlap').
   */
  applyPass(passId: string, recorded: readonly Edit[], options: { tree?: ts.SourceFile } = {}): boolean {
    this.ran.add(passId);
    if (recorded.length === 0) return false;
    const edits = this.crlf ? recorded.map((edit) => ({ ...edit, text: edit.text.replace(/\r?\n/g, '\r\n') })) : recorded;
    const applied = applyEdits(this.text, edits, this.path);
    if (applied.text === this.text) return false;
    const parsed = this.path.endsWith('.json') ? undefined : options.tree ? { tree: options.tree, parents: true } : this.nextTree(applied.text, applied.edits);
    const next = parsed?.tree;
    if (!next) verifyJson(this.path, passId, applied.text);
    const problems = next ? syntaxErrors(next) : [];
    if (problems.length > 0) {
      this.originalErrors ??= syntaxErrors(this.parse(this.original)).length;
      if (problems.length > this.originalErrors) {
        throw new CodemorphError('verify', `output does not parse: ${formatSyntaxProblem(problems[0]!)}`, {
          path: this.path,
          passId,
        });
      }
    }
    this.attribution = this.attribution.map((entry) => ({
      passId: entry.passId,
      ranges: entry.ranges.map(
        (range): TextRange => ({ start: mapOffset(range.start, applied.edits), end: mapOffset(range.end, applied.edits) }),
      ),
    }));
    this.attribution.push({ passId, ranges: applied.changedRanges });
    if (!this.changedBy.includes(passId)) this.changedBy.push(passId);
    this.text = applied.text;
    this.tree = this.keepTree ? next : undefined;
    this.treeUnparented = this.tree !== undefined && !parsed?.parents;
    return true;
  }

  /**
   * The tree of a pass's output. From the tree of the current text by the incremental parser when
   * the plan says it pays: that CONSUMES the old tree, which is safe because this state is its only
   * holder once the pass has run (a pass gets it for its visit only, through currentTree, and
   * `warn` reads currentTree, never a tree it was handed). Otherwise a full parse without parents:
   * most outputs are only checked, and a next pass that walks the tree sets them.
   */
  private nextTree(text: string, sorted: readonly Edit[]): { tree: ts.SourceFile; parents: boolean } {
    const old = this.tree;
    const ranges = old && old.text === this.text ? planReparse(old, sorted) : undefined;
    if (!old || !ranges) return { tree: this.parse(text, false), parents: false };
    // From here the old tree is spent, whatever happens: no later call may read it.
    this.tree = undefined;
    this.treeUnparented = false;
    try {
      const tree = reparseRanges(old, ranges);
      // A tree with syntax errors comes from a full parse: next to re-used nodes, error recovery
      // can word errors differently and even count them differently (src/runner/
      // incremental-parse.test.ts has cases), and both the count and the first error matter here.
      // The incremental parser sets parent pointers as it goes.
      if (tree.text === text && !hasSyntaxErrors(tree)) return { tree, parents: true };
    } catch {
      // The incremental parser asserts its own invariants; a failed one costs a full parse, never a wrong tree.
    }
    return { tree: this.parse(text, false), parents: false };
  }

  get changed(): boolean {
    return this.text !== this.original;
  }

  /** A pass declined the file (`ctx.skip`). */
  decline(passId: string, reason = 'declined by the pass'): void {
    this.declined.set(passId, reason);
  }

  result(): FileResult {
    const base = { path: this.path, relativePath: this.relativePath, warnings: this.warnings, stats: this.stats };
    if (!this.changed) {
      const ran = [...this.ran];
      if (this.declined.size === 0 || !ran.every((id) => this.declined.has(id))) return { ...base, status: 'unchanged' };
      const reason = [...new Set(this.declined.values())].join('; ');
      return { ...base, status: 'skipped', reason, passes: [...this.declined.keys()] };
    }
    return {
      ...base,
      status: 'changed',
      operation: 'edit',
      before: this.original,
      after: this.text,
      passes: [...this.changedBy],
      attribution: this.attribution,
    };
  }

  failed(error: ResultError): FileResult {
    return { path: this.path, relativePath: this.relativePath, warnings: this.warnings, stats: this.stats, status: 'failed', error };
  }

  skipped(reason: string): FileResult {
    return { path: this.path, relativePath: this.relativePath, warnings: this.warnings, stats: this.stats, status: 'skipped', reason };
  }

  warn(passId: string, message: string, at?: ts.Node | number): void {
    let position: { line?: number; column?: number } = {};
    if (at !== undefined) {
      const tree = this.currentTree();
      const offset = typeof at === 'number' ? at : at.getStart(tree);
      const lc = tree.getLineAndCharacterOfPosition(Math.min(offset, this.text.length));
      position = { line: lc.line + 1, column: lc.character + 1 };
    }
    this.warnings.push({ passId, message, ...position });
  }

  stat(name: string, quantity = 1): void {
    this.stats[name] = (this.stats[name] ?? 0) + quantity;
  }
}
