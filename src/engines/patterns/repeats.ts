import { ts } from '../../core/parse.js';
import type { TextTest } from '../../core/pass.js';

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
 * A metavariable that occurs twice (`$A && $A.$B`, `$X != null && $X[0]`) binds the same code
 * both times, so the code's last token stands before the first fixed token after it (`&&`) and,
 * later, before the second (`.`). A file is kept when some occurrence of the first token has a
 * token before it that also stands before the second token further on; in a typical tree that
 * skips about two in five of the files containing `&&`.
 *
 * Sound by construction: both sides read the token before a fixed token the same way (tokenBefore),
 * skipping what a match may hold there (whitespace, comments, parentheses, `!`, `?`); tokens the
 * matcher treats as equal read as one (quotes, numbers, escaped identifiers); and a token that
 * cannot be read for sure (after a line comment) keeps the file.
 */
export class RepeatTest implements TextTest {
  /**
   * @param nearby the second occurrence begins the operand after the first fixed token
   * (`$A && $A.$B`, `$X != null && $X[0]` is not): it is then in that operand's code.
   */
  constructor(
    private readonly first: string,
    private readonly second: string,
    private readonly nearby = false,
  ) {}

  test(text: string): boolean {
    let last: { readonly tokens: Map<string, number>; readonly unknown: number } | undefined;
    for (let at = text.indexOf(this.first); at !== -1; at = text.indexOf(this.first, at + 1)) {
      const token = tokenBefore(text, at);
      if (token === null) return true;
      if (token === undefined) continue;
      const inOperand = this.nearby ? this.inOperand(text, at + this.first.length, token) : undefined;
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
   * (`&&`): it ends, at its own bracket depth, at `;`, `,`, `:`, `?`, `||`, `&&`, `??` or a
   * bracket it did not open, none of which a right operand of the pattern's operator holds there.
   * Strings and comments are skipped; undefined when a template, a regular expression or a
   * division comes first (only a parser tells the last two apart), or a string does not end on
   * its line. On the 1M-line corpus, `$A && $A.$B`: 486 of the 1,285 files with `&&` are
   * parsed, against 702 when the token had only to stand before some later `.` of the file (136
   * have a match).
   */
  private inOperand(text: string, from: number, token: string): boolean | undefined {
    let end = text.length;
    let depth = 0;
    scan: for (let at = from; at < text.length; at++) {
      const char = text[at]!;
      const next = text[at + 1];
      switch (char) {
        case "'": case '"': {
          // A string (the scan starts in code and has met no comment, template or regex yet): to its end on this line.
          let close = at + 1;
          while (close < text.length && text[close] !== char && text[close] !== '\n') close += text[close] === '\\' ? 2 : 1;
          if (text[close] !== char) return undefined;
          at = close;
          break;
        }
        case '/': {
          if (next === '/') at = text.indexOf('\n', at) === -1 ? text.length : text.indexOf('\n', at);
          else if (next === '*' && text.indexOf('*/', at + 2) !== -1) at = text.indexOf('*/', at + 2) + 1;
          else return undefined; // division or a regular expression: only a parser tells
          break;
        }
        case '`':
          return undefined;
        case '(': case '[': case '{':
          depth++;
          break;
        case ')': case ']': case '}':
          if (depth === 0) {
            end = at;
            break scan;
          }
          depth--;
          break;
        case ';': case ',': case ':': case '|': case '&': case '?':
          if (depth > 0) break;
          if ((char === '|' || char === '&') && next !== char) break; // `|` and `&` bind tighter
          if (char === '?' && next === '.') break; // optional chaining
          end = at;
          break scan;
      }
    }
    for (let at = text.indexOf(this.second, from); at !== -1 && at < end; at = text.indexOf(this.second, at + 1)) {
      const before = tokenBefore(text, at);
      if (before === null || before === token) return true;
    }
    return false;
  }

  /** Where each token last stands before the second fixed token; where one could not be read. */
  private lastPositions(text: string): { tokens: Map<string, number>; unknown: number } {
    const tokens = new Map<string, number>();
    let unknown = -1;
    for (let at = text.indexOf(this.second); at !== -1; at = text.indexOf(this.second, at + 1)) {
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
  for (;;) {
    const char = text[end - 1];
    if (char === undefined) return undefined;
    if (char === ' ' || char === '\t' || char === '(' || char === ')' || char === '!' || char === '?') {
      end--;
    } else if (char === '\n' || char === '\r') {
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

/** The node an expression's code begins with (`a` in `a.b[0]`, `f(x).y`): what comes first in its text. */
function leftmost(node: ts.Node): ts.Node {
  let current = node;
  for (;;) {
    if (ts.isPropertyAccessExpression(current) || ts.isElementAccessExpression(current) || ts.isCallExpression(current) || ts.isNonNullExpression(current)) current = current.expression;
    else return current;
  }
}

/** [A-Za-z0-9_$] */
function isWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95 || code === 36;
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
    // `$A && $A.$B`: the second occurrence is the start of the first one's operator's right operand.
    const [one, two] = [followed[0]!.node, followed[1]!.node];
    const operator = one.parent;
    const nearby = ts.isBinaryExpression(operator) && operator.left === one && leftmost(operator.right) === two;
    tests.push(new RepeatTest(followed[0]!.token, followed[1]!.token, nearby));
  }
  return tests;
}
