import type { Edit } from './edit.js';
import { ts } from './parse.js';

/** A changed span of the old text and what replaces it: one `ts.updateSourceFile` call. */
export interface ChangedRange {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

// The cost model, in units of one full parse of the file, measured on the bench corpus's files of
// 30-600 kB (docs/performance.md, "How output is verified"); single edits re-parsed at 0.1-0.7 of
// a full parse, 0.4 typical. Each incremental call costs ~0.3 wherever its range is: it re-scans
// the comments between all re-used statements, walks every node after its range to shift it, and
// walks each re-used node once more to see that it holds no syntax error. The statement (or
// member) around an edit is parsed again, at ~3x the cost per character of a full parse (the
// parser looks up a reusable node at every list element).
const CALL_COST = 0.3;
const REPARSE_COST_PER_CHAR = 3;
/** Take the incremental path only when it is expected to cost at most this much of a full parse. */
const BUDGET = 0.7;
/** Below this size a full parse takes well under a millisecond and the fixed costs dominate. */
const MIN_TEXT_LENGTH = 8192;
/** Past this many edits the planning walk alone is not worth it: so many ranges never pay. */
const MAX_EDITS = 32;

// The nodes TypeScript's parser can re-use from an old tree (Parser's canReuseNode, TypeScript 6.0):
// an edit re-parses the innermost one around it; outside it, whole nodes are moved over.
const K = ts.SyntaxKind;
const REUSABLE = new Set<ts.SyntaxKind>([
  K.FunctionDeclaration, K.VariableStatement, K.Block, K.IfStatement, K.ExpressionStatement, K.ThrowStatement,
  K.ReturnStatement, K.SwitchStatement, K.BreakStatement, K.ContinueStatement, K.ForInStatement, K.ForOfStatement,
  K.ForStatement, K.WhileStatement, K.WithStatement, K.EmptyStatement, K.TryStatement, K.LabeledStatement,
  K.DoStatement, K.DebuggerStatement, K.ImportDeclaration, K.ImportEqualsDeclaration, K.ExportDeclaration,
  K.ExportAssignment, K.ModuleDeclaration, K.ClassDeclaration, K.InterfaceDeclaration, K.EnumDeclaration,
  K.TypeAliasDeclaration, K.Constructor, K.IndexSignature, K.GetAccessor, K.SetAccessor, K.PropertyDeclaration,
  K.SemicolonClassElement, K.MethodDeclaration, K.CaseClause, K.DefaultClause, K.EnumMember, K.ConstructSignature,
  K.MethodSignature, K.PropertySignature, K.CallSignature, K.VariableDeclaration, K.Parameter,
]);

// Nodes whose children are lists of re-usable nodes: an edit between two of those children
// re-parses the children it touches, not the whole container.
const LIST_HOLDERS = new Set<ts.SyntaxKind>([
  K.SourceFile, K.Block, K.ModuleBlock, K.CaseBlock, K.CaseClause, K.DefaultClause, K.ClassDeclaration,
  K.ClassExpression, K.InterfaceDeclaration, K.TypeLiteral, K.EnumDeclaration,
]);

interface Span {
  readonly pos: number;
  readonly end: number;
}

/** What an edit of [start, end) makes the parser parse again: the innermost re-usable node around it. */
function affectedRange(tree: ts.SourceFile, start: number, end: number): Span {
  let affected: Span = { pos: 0, end: tree.text.length };
  let node: ts.Node = tree;
  for (;;) {
    const inside: ts.Node | undefined = ts.forEachChild(node, (child) =>
      child.pos <= start && end <= child.end && child.kind !== K.EndOfFileToken ? child : undefined,
    );
    if (!inside) break;
    if (REUSABLE.has(inside.kind)) affected = { pos: inside.pos, end: inside.end };
    node = inside;
  }
  if (!LIST_HOLDERS.has(node.kind)) return affected;
  // Between (or across) the children of a list: those it touches, and the one before (the parser
  // starts a change one node early).
  let pos = start;
  let stop = end;
  ts.forEachChild(node, (child) => {
    if (child.end < start) pos = child.pos;
    else if (child.pos <= end) {
      pos = Math.min(pos, child.pos);
      stop = Math.max(stop, child.end);
    }
  });
  return { pos, end: stop };
}

/**
 * The ranges to re-parse for sorted, non-overlapping edits (as applyEdits returns them) to the
 * old tree's text, or undefined when a full parse is expected to be cheaper. Neighbouring edits
 * are joined into one range (one call, one walk) when re-parsing the text between them costs less.
 */
export function planReparse(oldTree: ts.SourceFile, sorted: readonly Edit[]): ChangedRange[] | undefined {
  const text = oldTree.text;
  const size = text.length;
  if (sorted.length === 0 || sorted.length > MAX_EDITS || size < MIN_TEXT_LENGTH) return undefined;
  const groups: Array<ChangedRange & { affected: Span }> = [];
  for (const edit of sorted) {
    const affected = affectedRange(oldTree, edit.start, edit.end);
    const last = groups.at(-1);
    // Joined, the text between them is parsed again; apart, they cost one more call.
    if (last && (REPARSE_COST_PER_CHAR * (affected.pos - last.affected.end)) / size <= CALL_COST) {
      const joined = last.text + text.slice(last.end, edit.start) + edit.text;
      groups[groups.length - 1] = { start: last.start, end: edit.end, text: joined, affected: { pos: last.affected.pos, end: Math.max(last.affected.end, affected.end) } };
    } else {
      groups.push({ start: edit.start, end: edit.end, text: edit.text, affected });
    }
  }
  let cost = 0;
  for (const group of groups) {
    cost += CALL_COST + (REPARSE_COST_PER_CHAR * (group.affected.end - group.affected.pos)) / size;
  }
  return cost <= BUDGET ? groups.map(({ start, end, text: replacement }) => ({ start, end, text: replacement })) : undefined;
}

/**
 * The tree of the old tree's text with `ranges` (sorted, non-overlapping) replaced, by TypeScript's
 * incremental parser, which re-uses the old tree's nodes outside the ranges. The new tree has
 * parent pointers and the old tree's script kind and JSDoc parsing mode, like `parseSource` gives
 * (src/runner/incremental-parse.test.ts checks it against full parses of real files).
 *
 * CONSUMES `oldTree`, even when it throws: the incremental parser shifts its nodes' positions and
 * moves them into the new tree, so it may be neither read nor re-parsed again. Only the tree's
 * sole holder may call this.
 */
export function reparseRanges(oldTree: ts.SourceFile, ranges: readonly ChangedRange[]): ts.SourceFile {
  let tree = oldTree;
  let text = oldTree.text;
  // Last range first: the ranges before it keep their offsets in every intermediate text.
  for (let i = ranges.length - 1; i >= 0; i--) {
    const range = ranges[i]!;
    text = text.slice(0, range.start) + range.text + text.slice(range.end);
    const change = ts.createTextChangeRange(ts.createTextSpan(range.start, range.end - range.start), range.text.length);
    tree = ts.updateSourceFile(tree, text, change);
  }
  return tree;
}
