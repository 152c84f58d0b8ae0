// The compiler module ts-morph wraps as its `ts`, without loading the rest of ts-morph (see typescript.cjs).
import { ts } from './typescript.cjs';

export { ts };

const KINDS: Record<string, ts.ScriptKind> = {
  '.ts': ts.ScriptKind.TS,
  '.mts': ts.ScriptKind.TS,
  '.cts': ts.ScriptKind.TS,
  '.tsx': ts.ScriptKind.TSX,
  '.js': ts.ScriptKind.JSX, // .js files commonly hold JSX (React); the JSX kind parses plain JS too
  '.mjs': ts.ScriptKind.JS,
  '.cjs': ts.ScriptKind.JS,
  '.jsx': ts.ScriptKind.JSX,
};

export function extensionOf(path: string): string {
  const match = /\.[^./\\]+$/.exec(path);
  return match ? match[0].toLowerCase() : '';
}

export function scriptKindFor(path: string): ts.ScriptKind {
  if (path.endsWith('.d.ts')) return ts.ScriptKind.TS;
  return KINDS[extensionOf(path)] ?? ts.ScriptKind.TS;
}

/**
 * Parses one file with TypeScript's parser, parents set (passes walk up as well as down) unless
 * `parents: false` (see setParents).
 * `jsdoc: false` skips building JSDoc nodes (`node.jsDoc`, `ts.getJSDocTags`): the tree is the
 * same otherwise, comments stay in the text, and parsing takes about a third less time on
 * commented code. Runs whose passes all declare `jsdoc: false` parse this way.
 */
export function parseSource(path: string, text: string, options: { jsdoc?: boolean; parents?: boolean } = {}): ts.SourceFile {
  const settings: ts.CreateSourceFileOptions = {
    languageVersion: ts.ScriptTarget.Latest,
    jsDocParsingMode: options.jsdoc === false ? ts.JSDocParsingMode.ParseNone : ts.JSDocParsingMode.ParseAll,
  };
  return ts.createSourceFile(path, text, settings, options.parents ?? true, scriptKindFor(path));
}

// Public at runtime, missing from the typings.
const setParentRecursive = (ts as unknown as { setParentRecursive?: (node: ts.Node, incremental: boolean) => void }).setParentRecursive;

/** Whether setParents sets them on the tree it is given (not on a new parse of its text). */
export const canSetParents = setParentRecursive !== undefined;

/**
 * Sets the parent pointers of a tree parsed with `parents: false` (what parsing with them does, as
 * a second walk). Parsing without them first is cheaper when the tree may never be walked: a
 * pass's output is parsed to check it, and only a next pass walks that tree.
 */
export function setParents(sourceFile: ts.SourceFile, path: string, options: { jsdoc?: boolean } = {}): ts.SourceFile {
  if (setParentRecursive) {
    setParentRecursive(sourceFile, true);
    return sourceFile;
  }
  return parseSource(path, sourceFile.text, options);
}

export interface SyntaxProblem {
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

function parseDiagnostics(sourceFile: ts.SourceFile): readonly ts.DiagnosticWithLocation[] {
  return (sourceFile as unknown as { parseDiagnostics?: ts.DiagnosticWithLocation[] }).parseDiagnostics ?? [];
}

/** Whether the parser found syntax errors (without placing them, as syntaxErrors does). */
export function hasSyntaxErrors(sourceFile: ts.SourceFile): boolean {
  return parseDiagnostics(sourceFile).length > 0;
}

/** The parser's own syntax errors for a file (not type errors). */
export function syntaxErrors(sourceFile: ts.SourceFile): SyntaxProblem[] {
  const diagnostics = parseDiagnostics(sourceFile);
  return diagnostics.map((diagnostic) => {
    const { line, character } = sourceFile.getLineAndCharacterOfPosition(diagnostic.start);
    return {
      line: line + 1,
      column: character + 1,
      message: ts.flattenDiagnosticMessageText(diagnostic.messageText, ' '),
    };
  });
}

export function formatSyntaxProblem(problem: SyntaxProblem): string {
  return `${problem.line}:${problem.column} ${problem.message}`;
}
