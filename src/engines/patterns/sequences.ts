import { ts } from '../../core/parse.js';

/**
 * Token sequences a match must contain, as regular expressions over the file's text: a stronger
 * pre-filter than single words when the words are common. `void 0` needs `void` followed by a
 * number, not just `void` (every TypeScript file with a `: void` has that); `Object.assign` needs
 * `Object` then `.` then `assign`, not the two words anywhere.
 *
 * Sound by construction: between two tokens anything a match may hold there is allowed —
 * whitespace, comments, and the parentheses, `?` and `!` that the matcher looks through (it
 * unwraps parentheses) or that a looser reading could put there. Only the shapes below are
 * sequenced; anything else adds no sequence (the word needles still apply).
 */
// Written so that each position of a gap can be read one way only (single characters, comments
// that run to their end): a gap that could be split in many ways makes the regex engine try them
// all, which took minutes on one real file with long comments.
export const GAP = String.raw`(?:[\s()!?]|/\*(?:[^*]|\*(?!/))*\*/|//[^\n]*(?:\n|$))*`;

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A whole word: not part of a longer identifier on either side. */
function word(text: string): string {
  return String.raw`(?<![\w$])${escapeRegExp(text)}(?![\w$])`;
}

const PREFIX_KEYWORDS: ReadonlyMap<ts.SyntaxKind, string> = new Map([
  [ts.SyntaxKind.VoidExpression, 'void'],
  [ts.SyntaxKind.TypeOfExpression, 'typeof'],
  [ts.SyntaxKind.DeleteExpression, 'delete'],
  [ts.SyntaxKind.AwaitExpression, 'await'],
  [ts.SyntaxKind.NewExpression, 'new'],
]);

type IsMetavar = (node: ts.Node) => boolean;

/** The first token of every match of `node`, as a regex source, when the pattern fixes it. */
function firstToken(node: ts.Node, isMetavar: IsMetavar): string | undefined {
  if (isMetavar(node)) return undefined;
  if (ts.isIdentifier(node)) return word(node.text);
  if (node.kind === ts.SyntaxKind.ThisKeyword) return word('this');
  if (node.kind === ts.SyntaxKind.NullKeyword) return word('null');
  if (node.kind === ts.SyntaxKind.TrueKeyword) return word('true');
  if (node.kind === ts.SyntaxKind.FalseKeyword) return word('false');
  // 0, 0.0, .0, 0x0, 1e3: a number token starts with a digit or a dot.
  if (ts.isNumericLiteral(node)) return String.raw`(?<![\w$])\.?\d`;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return '[\'"`]';
  const keyword = PREFIX_KEYWORDS.get(node.kind);
  if (keyword) return word(keyword);
  if (ts.isPropertyAccessExpression(node)) return firstToken(node.expression, isMetavar);
  return undefined;
}

/** The last token of every match of `node`, when the pattern fixes it. */
function lastToken(node: ts.Node, isMetavar: IsMetavar): string | undefined {
  if (isMetavar(node)) return undefined;
  if (ts.isIdentifier(node)) return word(node.text);
  if (node.kind === ts.SyntaxKind.ThisKeyword) return word('this');
  if (ts.isPropertyAccessExpression(node)) return lastToken(node.name, isMetavar);
  return undefined;
}

/** The fixed middle token with whichever neighbours the pattern fixes; undefined if none does. */
function joined([left, middle, right]: [string | undefined, string, string | undefined]): string | undefined {
  if (left === undefined && right === undefined) return undefined;
  return [left, middle, right].filter((part) => part !== undefined).join(GAP);
}

/** The sequence this node itself requires (its own tokens joined to its children's). */
function sequenceAt(node: ts.Node, isMetavar: IsMetavar): string | undefined {
  if (ts.isPropertyAccessExpression(node)) {
    return joined([lastToken(node.expression, isMetavar), '\\.', lastToken(node.name, isMetavar)]);
  }
  if (ts.isBinaryExpression(node)) {
    const operator = ts.tokenToString(node.operatorToken.kind);
    if (operator === undefined) return undefined;
    const written = /^[a-z]/.test(operator) ? word(operator) : escapeRegExp(operator);
    return joined([lastToken(node.left, isMetavar), written, firstToken(node.right, isMetavar)]);
  }
  const keyword = PREFIX_KEYWORDS.get(node.kind);
  if (keyword) {
    const operand = (node as ts.VoidExpression | ts.NewExpression).expression;
    const next = operand && firstToken(operand, isMetavar);
    return next ? `${word(keyword)}${GAP}${next}` : undefined;
  }
  return undefined;
}

/** Every sequence the pattern's nodes require, outermost first, without duplicates. */
export function tokenSequences(roots: readonly ts.Node[], isMetavar: IsMetavar): RegExp[] {
  const sources = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (isMetavar(node)) return;
    const source = sequenceAt(node, isMetavar);
    if (source) sources.add(source);
    ts.forEachChild(node, visit);
  };
  roots.forEach(visit);
  // A sequence contained in a longer one is implied by it: `a.b` in `a.b.c`. Keep them all; the
  // cost is one regex test each, and a file failing any is skipped.
  return [...sources].map((source) => new RegExp(source));
}
