import { ts } from '../../core/parse.js';
import type { Metavar, Pattern } from './pattern.js';
import { globalCopy } from './sequences.js';

/** What a metavariable captured: one node, or a (possibly empty) run of list elements. */
export type Binding =
  | { readonly kind: 'node'; readonly node: ts.Node }
  | { readonly kind: 'list'; readonly nodes: readonly ts.Node[]; readonly list: ts.NodeArray<ts.Node> };

export type Bindings = Map<string, Binding>;

export interface NodeMatch {
  /** The matched node, or the first of the matched statements. */
  readonly node: ts.Node;
  /** The last matched statement for multi-statement patterns; `node` otherwise. */
  readonly last: ts.Node;
  readonly bindings: Bindings;
}

/** The bound code as written (a list: from its first element to its last). */
export function bindingText(binding: Binding): string {
  const nodes = binding.kind === 'node' ? [binding.node] : binding.nodes;
  if (nodes.length === 0) return '';
  const sourceFile = nodes[0]!.getSourceFile();
  return sourceFile.text.slice(nodes[0]!.getStart(sourceFile), nodes[nodes.length - 1]!.getEnd());
}

const NO_METAVARS: ReadonlyMap<ts.Node, Metavar> = new Map();

// The parenthesized node types share no field name, so unwrap each explicitly.
function unwrap(node: ts.Node): ts.Node {
  let current = node;
  for (;;) {
    if (ts.isParenthesizedExpression(current)) current = current.expression;
    else if (ts.isParenthesizedTypeNode(current)) current = current.type;
    else return current;
  }
}

type Child = ts.Node | ts.NodeArray<ts.Node>;

function childrenOf(node: ts.Node): Child[] {
  const children: Child[] = [];
  ts.forEachChild(
    node,
    (child) => {
      children.push(child);
    },
    (list) => {
      children.push(list);
    },
  );
  return children;
}

const BLOCK_SCOPE = ts.NodeFlags.Let | ts.NodeFlags.Const | ts.NodeFlags.Using | ts.NodeFlags.AwaitUsing;

/** Node data that is not a child node (operators, `let`/`const`, `type` modifiers...). */
function sameAttributes(a: ts.Node, b: ts.Node): boolean {
  switch (a.kind) {
    case ts.SyntaxKind.Identifier:
    case ts.SyntaxKind.PrivateIdentifier:
    case ts.SyntaxKind.NumericLiteral:
    case ts.SyntaxKind.BigIntLiteral:
    case ts.SyntaxKind.StringLiteral:
    case ts.SyntaxKind.RegularExpressionLiteral:
    case ts.SyntaxKind.NoSubstitutionTemplateLiteral:
    case ts.SyntaxKind.TemplateHead:
    case ts.SyntaxKind.TemplateMiddle:
    case ts.SyntaxKind.TemplateTail:
      // Cooked text: 'a' and "a" are the same string.
      return (a as ts.Identifier).text === (b as ts.Identifier).text;
    case ts.SyntaxKind.JsxText:
      return (a as ts.JsxText).text.trim().replace(/\s+/g, ' ') === (b as ts.JsxText).text.trim().replace(/\s+/g, ' ');
    case ts.SyntaxKind.PrefixUnaryExpression:
    case ts.SyntaxKind.PostfixUnaryExpression:
      return (a as ts.PrefixUnaryExpression).operator === (b as ts.PrefixUnaryExpression).operator;
    case ts.SyntaxKind.VariableDeclarationList:
      return (a.flags & BLOCK_SCOPE) === (b.flags & BLOCK_SCOPE);
    case ts.SyntaxKind.MetaProperty:
      return (a as ts.MetaProperty).keywordToken === (b as ts.MetaProperty).keywordToken;
    case ts.SyntaxKind.TypeOperator:
      return (a as ts.TypeOperatorNode).operator === (b as ts.TypeOperatorNode).operator;
    case ts.SyntaxKind.HeritageClause:
      return (a as ts.HeritageClause).token === (b as ts.HeritageClause).token;
    case ts.SyntaxKind.ImportClause:
    case ts.SyntaxKind.ExportDeclaration:
    case ts.SyntaxKind.ImportSpecifier:
    case ts.SyntaxKind.ExportSpecifier:
    case ts.SyntaxKind.ImportEqualsDeclaration:
      return (a as ts.ExportDeclaration).isTypeOnly === (b as ts.ExportDeclaration).isTypeOnly;
    case ts.SyntaxKind.ExportAssignment:
      return (a as ts.ExportAssignment).isExportEquals === (b as ts.ExportAssignment).isExportEquals;
    default:
      return true;
  }
}

/** One matching attempt: the pattern's metavariables and the bindings made so far. */
class Matcher {
  constructor(
    readonly metavars: ReadonlyMap<ts.Node, Metavar>,
    public bindings: Bindings,
  ) {}

  private bind(metavar: Metavar, binding: Binding): boolean {
    if (metavar.name === '_') return true;
    const previous = this.bindings.get(metavar.name);
    if (!previous) {
      this.bindings.set(metavar.name, binding);
      return true;
    }
    return sameBinding(previous, binding);
  }

  node(pattern: ts.Node, target: ts.Node): boolean {
    const metavar = this.metavars.get(pattern);
    if (metavar) {
      if (metavar.list) return false; // a list metavariable outside a list matches nothing
      return this.bind(metavar, { kind: 'node', node: this.boundNode(pattern, target) });
    }
    const p = unwrap(pattern);
    if (p !== pattern) return this.node(p, target);
    const t = unwrap(target);
    if (p.kind !== t.kind || !sameAttributes(p, t)) return false;
    const pc = childrenOf(p);
    const tc = childrenOf(t);
    if (pc.length !== tc.length) return false;
    for (let i = 0; i < pc.length; i++) {
      const a = pc[i]!;
      const b = tc[i]!;
      const aIsList = Array.isArray(a);
      if (aIsList !== Array.isArray(b)) return false;
      if (aIsList ? !this.list(a as ts.NodeArray<ts.Node>, b as ts.NodeArray<ts.Node>) : !this.node(a as ts.Node, b as ts.Node)) {
        return false;
      }
    }
    return true;
  }

  /** `$X;` against `foo();` binds `foo()`, so the template's own `;` is not doubled. */
  private boundNode(pattern: ts.Node, target: ts.Node): ts.Node {
    if (ts.isExpressionStatement(pattern) && ts.isExpressionStatement(target)) return target.expression;
    // `($R) => $R(x)`: a bare parameter binds its name, so the name can be used again below.
    if (ts.isParameter(pattern) && ts.isParameter(target) && !target.type && !target.initializer && !target.dotDotDotToken && !target.modifiers) {
      return target.name;
    }
    if (ts.isBindingElement(pattern) && ts.isBindingElement(target) && !target.propertyName && !target.initializer && !target.dotDotDotToken) {
      return target.name;
    }
    return target;
  }

  list(pattern: ts.NodeArray<ts.Node>, target: ts.NodeArray<ts.Node>): boolean {
    return this.sequence(pattern, 0, target, 0, target.length) !== undefined;
  }

  /**
   * Matches pattern[i..] against target[j..limit). Returns where the match ended (always `limit`
   * when `open` is false); list metavariables take the fewest elements that let the rest match.
   */
  sequence(pattern: readonly ts.Node[], i: number, target: ts.NodeArray<ts.Node>, j: number, limit: number, open = false): number | undefined {
    if (i === pattern.length) return open || j === limit ? j : undefined;
    const element = pattern[i]!;
    const metavar = this.metavars.get(element);
    if (metavar?.list) {
      for (let k = j; k <= limit; k++) {
        const saved = new Map(this.bindings);
        if (this.bind(metavar, { kind: 'list', nodes: target.slice(j, k), list: target })) {
          const end = this.sequence(pattern, i + 1, target, k, limit, open);
          if (end !== undefined) return end;
        }
        this.bindings = saved;
      }
      return undefined;
    }
    if (j >= limit) return undefined;
    const saved = new Map(this.bindings);
    if (this.node(element, target[j]!)) {
      const end = this.sequence(pattern, i + 1, target, j + 1, limit, open);
      if (end !== undefined) return end;
    }
    this.bindings = saved;
    return undefined;
  }
}

/** Trivia- and parenthesis-insensitive equality of two pieces of code. */
export function sameNode(a: ts.Node, b: ts.Node): boolean {
  return new Matcher(NO_METAVARS, new Map()).node(a, b);
}

function sameBinding(a: Binding, b: Binding): boolean {
  if (a.kind === 'node' && b.kind === 'node') return sameNode(a.node, b.node);
  const left = a.kind === 'node' ? [a.node] : a.nodes;
  const right = b.kind === 'node' ? [b.node] : b.nodes;
  return left.length === right.length && left.every((node, index) => sameNode(node, right[index]!));
}

/** Matches a single-node pattern at `target`, extending `bindings` (a copy is made). */
export function matchAt(pattern: Pattern, target: ts.Node, bindings: Bindings = new Map()): Bindings | undefined {
  if (pattern.shape.kind !== 'node') return undefined;
  const matcher = new Matcher(pattern.metavars, new Map(bindings));
  return matcher.node(pattern.shape.node, target) ? matcher.bindings : undefined;
}

/** The kind a node must have to be worth trying against the pattern; undefined: any kind. */
export function anchorKind(pattern: Pattern): ts.SyntaxKind | undefined {
  if (pattern.shape.kind === 'statements') return undefined;
  const node = pattern.shape.node;
  if (pattern.metavars.has(node)) return undefined;
  return unwrap(node).kind;
}

function statementLists(node: ts.Node): ts.NodeArray<ts.Node> | undefined {
  if (ts.isSourceFile(node) || ts.isBlock(node) || ts.isModuleBlock(node)) return node.statements;
  if (ts.isCaseClause(node) || ts.isDefaultClause(node)) return node.statements;
  return undefined;
}

/** Whether a node is worth trying against a pattern that could match any kind. */
export function isCandidate(node: ts.Node): boolean {
  // The inner node of (x) is visited on its own; trying both would report one match twice.
  return (
    !ts.isSourceFile(node) &&
    !ts.isParenthesizedExpression(node) &&
    !ts.isParenthesizedTypeNode(node) &&
    node.kind !== ts.SyntaxKind.EndOfFileToken
  );
}

/**
 * Every match of `pattern` in `root`, in document order (outer before inner), nested ones
 * included. Multi-statement patterns match runs of consecutive statements, without overlap.
 */
export function findPatternMatches(pattern: Pattern, root: ts.Node): NodeMatch[] {
  const matches: NodeMatch[] = [];
  const shape = pattern.shape;
  const anchor = anchorKind(pattern);
  const offsets = shape.kind === 'node' && ts.isSourceFile(root) ? fixedTokenOffsets(pattern, root.text) : undefined;
  const visit = (node: ts.Node): void => {
    // No offset of a fixed token in this node's span: neither it nor anything inside it matches.
    if (offsets && !spanHolds(offsets, node.pos, node.end)) return;
    if (shape.kind === 'node') {
      if (anchor === undefined ? isCandidate(node) : node.kind === anchor) {
        const bindings = matchAt(pattern, node);
        if (bindings) matches.push({ node, last: node, bindings });
      }
    } else {
      const statements = statementLists(node);
      if (statements) {
        for (let start = 0; start < statements.length; start++) {
          const matcher = new Matcher(pattern.metavars, new Map());
          const end = matcher.sequence(shape.nodes, 0, statements, start, statements.length, true);
          if (end === undefined || end === start) continue;
          matches.push({ node: statements[start]!, last: statements[end - 1]!, bindings: matcher.bindings });
          start = end - 1;
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(root);
  return matches;
}

/**
 * Where in `text` the pattern's rarest fixed token occurs, in order: every offset of one of its
 * needles (identifiers, keywords, operators every match contains) or of one of its token
 * sequences (sequences.ts), whichever occurs least. Each match holds an occurrence of each inside
 * its own span, so a walk can skip every subtree whose span holds none of these offsets: a file
 * with a few matches is walked along their paths only, not whole (1M lines, `void 0`: 40 files,
 * 2.5 MB). Undefined when the pattern fixes no token. Occurrences in comments or strings are
 * offsets too: they cost a few visits, never a match.
 */
export function fixedTokenOffsets(pattern: Pattern, text: string): number[] | undefined {
  let fewest: number[] | undefined;
  for (const needle of pattern.needles) {
    const found: number[] = [];
    for (let at = text.indexOf(needle); at !== -1 && found.length < (fewest?.length ?? Infinity); at = text.indexOf(needle, at + 1)) found.push(at);
    if (fewest === undefined || found.length < fewest.length) fewest = found;
  }
  for (const sequence of pattern.sequences) {
    if (!(sequence instanceof RegExp)) continue;
    // Every start, overlapping ones included.
    const all = globalCopy(sequence);
    all.lastIndex = 0;
    const found: number[] = [];
    for (let match = all.exec(text); match && found.length < (fewest?.length ?? Infinity); match = all.exec(text)) {
      found.push(match.index);
      all.lastIndex = match.index + 1;
    }
    if (fewest === undefined || found.length < fewest.length) fewest = found;
  }
  return fewest;
}

/** Whether some offset (sorted) lies in [start, end). */
function spanHolds(offsets: readonly number[], start: number, end: number): boolean {
  let low = 0;
  let high = offsets.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (offsets[middle]! < start) low = middle + 1;
    else high = middle;
  }
  return low < offsets.length && offsets[low]! < end;
}
