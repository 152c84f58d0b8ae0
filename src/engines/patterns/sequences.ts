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
  // A call begins with its callee (type arguments and arguments come after it).
  if (ts.isCallExpression(node)) return firstToken(node.expression, isMetavar);
  // `{}` and `[]` are the whole literal (a match may hold only trivia inside); others begin with the bracket.
  if (ts.isObjectLiteralExpression(node)) return node.properties.length === 0 ? String.raw`\{${GAP}\}` : String.raw`\{`;
  if (ts.isArrayLiteralExpression(node)) return node.elements.length === 0 ? String.raw`\[${GAP}\]` : String.raw`\[`;
  // `-1`, `+x`, `~x` (`!` is in every gap already): the operator, then its operand's first token.
  const operator = ts.isPrefixUnaryExpression(node) ? PREFIX_OPERATORS.get(node.operator) : undefined;
  if (operator && ts.isPrefixUnaryExpression(node)) {
    const next = firstToken(node.operand, isMetavar);
    return next ? `${operator}${GAP}${next}` : operator;
  }
  return undefined;
}

const PREFIX_OPERATORS: ReadonlyMap<ts.PrefixUnaryOperator, string> = new Map([
  [ts.SyntaxKind.MinusToken, '-'],
  [ts.SyntaxKind.PlusToken, String.raw`\+`],
  [ts.SyntaxKind.TildeToken, '~'],
]);

/** The last token of every match of `node`, when the pattern fixes it. */
function lastToken(node: ts.Node, isMetavar: IsMetavar): string | undefined {
  if (isMetavar(node)) return undefined;
  if (ts.isIdentifier(node)) return word(node.text);
  if (node.kind === ts.SyntaxKind.ThisKeyword) return word('this');
  if (ts.isPropertyAccessExpression(node)) return lastToken(node.name, isMetavar);
  // A call ends with the `)` of its arguments (the matcher matches calls only to calls, and a file
  // that does not parse is never rewritten). `$A.indexOf($B) !== -1` then needs `) !== -1`, not
  // `!== -1` anywhere: 1M lines, 13 files / 0.4 MB kept instead of 45 / 2.3 MB.
  if (ts.isCallExpression(node)) return String.raw`\)`;
  if (ts.isObjectLiteralExpression(node)) return String.raw`\}`;
  if (ts.isArrayLiteralExpression(node)) return String.raw`\]`;
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
  if (ts.isCallExpression(node)) return callSequence(node, isMetavar);
  const keyword = PREFIX_KEYWORDS.get(node.kind);
  if (keyword) {
    const operand = (node as ts.VoidExpression | ts.NewExpression).expression;
    const next = operand && firstToken(operand, isMetavar);
    return next ? `${word(keyword)}${GAP}${next}` : undefined;
  }
  return undefined;
}

/**
 * A call's callee and its arguments, where the pattern fixes two neighbours (`Object.assign({}`,
 * `{}, []`). The matcher compares a call's children one for one, so a match has no type
 * arguments and no `?.` unless the pattern has them (it then adds no sequence): between callee
 * and first argument there is only the `(`, parentheses and trivia, which the gap allows, and
 * between two arguments a `,`. Neighbours must both be fixed: a list metavariable (`$$$A`) may
 * stand for no argument, and then no comma.
 */
function callSequence(node: ts.CallExpression, isMetavar: IsMetavar): string | undefined {
  if (node.typeArguments || node.questionDotToken) return undefined;
  const parts: string[] = [];
  let before = lastToken(node.expression, isMetavar);
  let separator = '';
  for (const argument of node.arguments) {
    const first = firstToken(argument, isMetavar);
    if (before !== undefined && first !== undefined) parts.push(`${before}${GAP}${separator}${first}`);
    before = lastToken(argument, isMetavar);
    separator = `,${GAP}`;
  }
  // Several pairs are each required; the longest is the one worth a regex of its own.
  return parts.sort((a, b) => b.length - a.length)[0];
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
  return [...sources].map((source) => {
    const regex = new RegExp(source);
    // ASCII only outside the gaps (a word outside ASCII has no byte form here).
    if (/^[\x00-\x7f]*$/.test(source)) bytesForms.set(regex, new RegExp(source.split(GAP).join(BYTES_GAP)));
    return regex;
  });
}

/**
 * A gap in a file's bytes read as Latin-1 (one character per byte): as GAP, and any byte of a
 * character outside ASCII as a gap of its own. The ASCII characters of a UTF-8 text are its bytes
 * below 0x80, one for one, and each other character (U+FFFD from invalid bytes too) is a run of
 * bytes from 0x80: a sequence whose tokens are ASCII, found in the text, is found by this form in
 * the bytes (a gap's whitespace outside ASCII is such a run; a comment's text outside ASCII never
 * holds `*`, `/` or a line break; the lookarounds test ASCII classes only). Finding it in the
 * bytes is no proof it is in the text: the text is still tested.
 */
const BYTES_GAP = GAP.replace(String.raw`[\s()!?]`, String.raw`[\s\x80-\xff()!?]`);

const bytesForms = new WeakMap<RegExp, RegExp>();

/** The form of a token sequence (from tokenSequences) to test on a file's bytes read as Latin-1; undefined if it has none. */
export function bytesForm(sequence: RegExp): RegExp | undefined {
  return bytesForms.get(sequence);
}

const globalCopies = new WeakMap<RegExp, RegExp>();

/**
 * One global copy of a regex (made once per regex), to walk its matches with exec: lastIndex is
 * state, and the shared regex keeps none. A caller sets lastIndex before its walk.
 */
export function globalCopy(regex: RegExp): RegExp {
  let copy = globalCopies.get(regex);
  if (!copy) {
    copy = new RegExp(regex.source, `${regex.flags.replace(/[gy]/g, '')}g`);
    globalCopies.set(regex, copy);
  }
  return copy;
}
