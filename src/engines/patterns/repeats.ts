import { ts } from '../../core/parse.js';
import type { TextTest } from '../../core/pass.js';
import { leftMayEqual } from './left-operand.js';
import { isWordChar, mayEndOperand } from './member-end.js';
import { scanOperand, type FileFacts } from './operand-scan.js';

type MetavarName = (node: ts.Node) => string | undefined;

/** The token that follows this occurrence of a metavariable in every match, when the pattern fixes it. */
function followingToken(node: ts.Node): string | undefined {
  const parent = node.parent;
  if (!parent) return undefined;
  if (ts.isBinaryExpression(parent) && parent.left === node) {
    const operator = ts.tokenToString(parent.operatorToken.kind);
    // Word operators (`in`, `instanceof`) would need word boundaries; punctuation is what repeats.
    return operator !== undefined && !/^[a-z]/.test(operator) ? operator : undefined;
  }
  if (ts.isPropertyAccessExpression(parent) && parent.expression === node) return '.';
  if (ts.isElementAccessExpression(parent) && parent.expression === node) return '[';
  return undefined;
}

/**
 * Where the second occurrence stands: 'operand' when it begins the operand after the first fixed
 * token (`$X && $X[0]`; `$X != null && $X[0]` is not); 'member' when that operand is exactly
 * `$A.<name>` (`$A && $A.$B`).
 */
export type Nearby = 'none' | 'operand' | 'member';

/**
 * A metavariable that occurs twice (`$A && $A.$B`, `$X != null && $X[0]`) binds the same code
 * both times, so the code's last token stands before the first fixed token after it (`&&`) and,
 * later, before the second (`.`). A file is kept when some occurrence of the first token has a
 * token before it that also stands before the second token further on (in the operand after it,
 * for 'operand' and 'member'); for `$A && $A.$B` that skips six in seven of the files containing
 * `&&` in a typical tree.
 *
 * Sound by construction: both sides read the token before a fixed token the same way (tokenBefore),
 * skipping what a match may hold there (whitespace, comments, parentheses, `!`, `?`); tokens the
 * matcher treats as equal read as one (quotes, numbers, escaped identifiers); and a token that
 * cannot be read for sure (after a line comment) keeps the file.
 */
export class RepeatTest implements TextTest {
  constructor(
    private readonly first: string,
    private readonly second: string,
    private readonly nearby: Nearby = 'none',
  ) {}

  test(text: string): boolean {
    let last: { readonly tokens: Map<string, number>; readonly unknown: number } | undefined;
    let closeTag: number | undefined;
    const file: FileFacts = { lastCloseTag: () => (closeTag ??= text.lastIndexOf('</')) };
    for (let at = text.indexOf(this.first); at !== -1; at = text.indexOf(this.first, at + 1)) {
      const token = tokenBefore(text, at);
      if (token === null) return true;
      if (token === undefined) continue;
      const inOperand = this.nearby === 'none' ? undefined : this.inOperand(text, at + this.first.length, token, file);
      if (inOperand !== undefined) {
        if (inOperand) return true;
        continue;
      }
      last ??= this.lastPositions(text);
      if ((last.tokens.get(token) ?? -1) > at || last.unknown > at) return true;
    }
    return false;
  }

  /**
   * Whether `token` stands before the second fixed token in the operand that follows the first
   * (`&&`, scanOperand); undefined when the operand cannot be read for sure. For 'member', only
   * a `.` that the operand's leading `(`s alone wrap and no operator precedes at its depth
   * counts, and only when the name after it may end the operand (mayEndOperand): `a && a.b`,
   * `a && (a.b)`, not `a && a.b.c`, `a && f(a.b)`, `a && x === a.b`.
   *
   * On the 1M-line corpus, `$A && $A.$B`: 187 of the 1,285 files with `&&` are parsed (4.0 MB
   * of text), against 486 (12.5 MB) when any `.` of the operand counted and 702 when any later
   * `.` of the file did; 136 have a match. Most of the rest are kept by `f(a) && a.b` (the
   * token before `&&` is read through the call's parentheses) and `x && a && a.b` (`&&` groups
   * to the left, so the left operand is `x && a`).
   */
  private inOperand(text: string, from: number, token: string, file: FileFacts): boolean | undefined {
    const isAfter = (at: number): boolean => {
      const before = tokenBefore(text, at);
      return before === null || before === token;
    };
    if (this.nearby === 'member') {
      const operatorAt = from - this.first.length;
      const end = scanOperand(text, from, file, (dot, closings) => isAfter(dot) && mayEndOperand(text, dot, closings) && leftMayEqual(text, operatorAt, this.first, from, dot, closings));
      return end === undefined ? undefined : end === 'stopped';
    }
    const end = scanOperand(text, from, file);
    if (end === undefined) return undefined;
    if (end === 'stopped') return true;
    for (let at = text.indexOf(this.second, from); at !== -1 && at < end; at = text.indexOf(this.second, at + 1)) {
      if (isAfter(at)) return true;
    }
    return false;
  }

/** Where each token last stands before the second fixed token; where one could not be read. */
  private lastPositions(text: string): { tokens: Map<string, number>; unknown: number } {
    const tokens = new Map<string, number>();
    let unknown = -1;
    for (let at = text.indexOf(this.second); at !== -1; at = text.indexOf(this.second, at + 1)) {
      // How many grouping `)` follow the name is not known here; one may end the operand.
      if (this.nearby === 'member' && !mayEndOperand(text, at, undefined)) continue;
      const token = tokenBefore(text, at);
      if (token === null) unknown = at;
      else if (token !== undefined) tokens.set(token, at);
    }
    return { tokens, unknown };
  }
}

const WORD_END = /(?:[\w$]|\\u[0-9a-fA-F]{4}|\\u\{[0-9a-fA-F]+\})+$/;
const ESCAPE = /\\u\{([0-9a-fA-F]+)\}|\\u([0-9a-fA-F]{4})/g;

/**
 * The token just before `at`, skipping what a match may hold between a metavariable's code and
 * the token after it, named so that tokens the matcher holds equal are equal: quotes are one
 * token ('a' and "a"), numbers one (0x10 and 16), `\u0061` is `a`. undefined: none (start of the
 * file); null: cannot tell (keep the file).
 */
function tokenBefore(text: string, at: number): string | null | undefined {
  let end = at;
  let closed = false; // a `)` was skipped last: a `,` before it is a trailing comma, which the matcher ignores (`f(a,)`)
  for (;;) {
    const char = text[end - 1];
    if (char === undefined) return undefined;
    if (char === '(' || char === ')' || char === '!' || char === '?' || (char === ',' && closed)) {
      closed = char === ')';
      end--;
    } else if (char === ' ' || char === '\t' || isOtherSpace(char)) {
      end--;
    } else if (char === '\n' || char === '\r' || char === '\u2028' || char === '\u2029') {
      end--;
      // The line above may end in a line comment, whose words are not code.
      const lineStart = text.lastIndexOf('\n', end - 1) + 1;
      if (text.slice(lineStart, end).includes('//')) return null;
    } else if (char === '/' && text[end - 2] === '*') {
      const open = text.lastIndexOf('/*', end - 3);
      // `/* a /* b */`: the comment began at the first of them, which only a forward read knows.
      if (open === -1 || (open > 0 && text.lastIndexOf('/*', open - 1) > text.lastIndexOf('*/', open))) return null;
      end = open;
    } else {
      break;
    }
  }
  const last = text[end - 1]!;
  if (last === "'" || last === '"' || last === '`') return '"';
  let start = end;
  while (start > 0 && isWordChar(text.charCodeAt(start - 1))) start--;
  if (start === end && last !== '}') return last;
  // Escaped identifiers (`\u0061`, `\u{61}`) are rare: read those with a regex.
  if (text[start - 1] === '\\' || last === '}') {
    const word = WORD_END.exec(text.slice(Math.max(0, end - 128), end))?.[0];
    if (word === undefined) return last; // a `}` that ends no escape
    return /^\d/.test(word) ? '0' : word.replace(ESCAPE, (_, braced: string | undefined, four: string | undefined) => String.fromCodePoint(parseInt(braced ?? four!, 16)));
  }
  const code = text.charCodeAt(start);
  return code >= 48 && code <= 57 ? '0' : text.slice(start, end);
}

/**
 * Whitespace other than ' ' and '\t' (a no-break space, a BOM, `\v`): rare, but a token read
 * past it on one side and not on the other would drop a file with a match.
 */
function isOtherSpace(char: string): boolean {
  const code = char.charCodeAt(0);
  return code === 11 || code === 12 || (code >= 128 && char !== '\u2028' && char !== '\u2029' && /\s/.test(char));
}

/** The node an expression's code begins with (`a` in `a.b[0]`, `f(x).y`, `(a).b`): what comes first in its text. */
function leftmost(node: ts.Node): ts.Node {
  let current = node;
  for (;;) {
    if (ts.isPropertyAccessExpression(current) || ts.isElementAccessExpression(current) || ts.isCallExpression(current) || ts.isNonNullExpression(current) || ts.isParenthesizedExpression(current)) current = current.expression;
    else return current;
  }
}

/** The matcher looks through parentheses on both sides. */
function unparen(node: ts.Node): ts.Node {
  return ts.isParenthesizedExpression(node) ? unparen(node.expression) : node;
}

/**
 * Operators looser than everything mayEndOperand reads as continuing an operand (member access,
 * calls, arithmetic, comparisons, `&`, `|`, `^`): after `a ?? a.b`, `+ 1` is still the operand's.
 */
const LOOSE: ReadonlySet<ts.SyntaxKind> = new Set([ts.SyntaxKind.AmpersandAmpersandToken, ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken]);

/** Where the second occurrence stands relative to the first one's operator (Nearby). */
function nearbyOf(one: ts.Node, two: ts.Node): Nearby {
  const operator = one.parent;
  if (!ts.isBinaryExpression(operator) || operator.left !== one) return 'none';
  const right = unparen(operator.right);
  if (ts.isPropertyAccessExpression(right) && unparen(right.expression) === two && LOOSE.has(operator.operatorToken.kind)) return 'member';
  return leftmost(right) === two ? 'operand' : 'none';
}

/** One test per metavariable of the pattern that occurs twice with a fixed token after each. */
export function repeatTests(roots: readonly ts.Node[], nameOf: MetavarName): RepeatTest[] {
  const occurrences = new Map<string, ts.Node[]>();
  const visit = (node: ts.Node): void => {
    const name = nameOf(node);
    if (name !== undefined) {
      if (name !== '_') occurrences.set(name, [...(occurrences.get(name) ?? []), node]);
      return;
    }
    ts.forEachChild(node, visit);
  };
  roots.forEach(visit);
  const tests: RepeatTest[] = [];
  for (const nodes of occurrences.values()) {
    const followed = nodes.flatMap((node) => {
      const token = followingToken(node);
      return token === undefined ? [] : [{ node, token }];
    });
    if (followed.length < 2) continue;
    // In pattern order, as in the code it matches.
    followed.sort((a, b) => a.node.pos - b.node.pos);
    // Every `.` of a file has a token before it: starting from those costs more than it saves.
    if (followed[0]!.token === '.' || followed[0]!.token === '[') continue;
    tests.push(new RepeatTest(followed[0]!.token, followed[1]!.token, nearbyOf(followed[0]!.node, followed[1]!.node)));
  }
  return tests;
}
