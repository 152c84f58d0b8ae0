import { isWordChar } from './member-end.js';
import { isDecimalPoint, isDigit, OPERATOR_WORDS, RESERVED_OPERATORS, rightTokens, tokenBefore, triviaBefore, type Token } from './operand-tokens.js';

// For `$A && $A.$B` (and `||`, `??`): a match's left operand is the same code as the object of
// the access on the right. The right one is read forward (it is known to be code), the left one
// backwards from the operator, token by token, until its first token is certain. On the 1M-line
// corpus this drops `f(a) && a.b`, `x && a && a.b`, `isAddress(u) && u._tag`, `x > 0.5 && x.y`.
//
// Sound by construction: tokens are compared with grouping and call parentheses left out, a
// trailing comma left out, strings as one token and numbers as another (the matcher looks
// through parentheses and compares cooked literal values, so what it holds equal reads equal
// here). When the right code is "simple" (names, literals, `.`, `?.`, `[]`, `!`, `,`, `()`; no
// word that takes an operand, no two words in a row), any other token that surely belongs to the
// left operand makes them differ; when it holds an operator, braces or a template, a left operand
// of simple tokens differs from it. Anything unsure keeps the file.

type Verdict = 'in' | 'boundary' | 'unsure';

/**
 * Operators at least as tight as the pattern's belong to its left operand (all group to the left).
 * TypeScript's parser ranks `??` with `||`: `x ?? a || b` is `(x ?? a) || b`, `x ?? a && b` is `x ?? (a && b)`.
 */
const LOGICAL: Readonly<Record<string, number>> = { '??': 2, '||': 2, '&&': 3 };

/** Words before which a left operand begins: what follows them is a whole expression (or a new statement). */
const BOUNDARY_WORDS = new Set(['return', 'throw', 'case', 'else', 'do', 'default', 'yield', 'of']);

/** Words before `(` that begin a statement, not a call: `if (a) && a.b` is no valid code to read. */
const STATEMENT_WORDS = new Set(['if', 'while', 'for', 'switch', 'catch', 'with', 'function', 'class', 'super']);

/**
 * Whether the left operand of the operator (`&&`, `||` or `??`) at `operatorAt` may be the same
 * code as the one from `from` (just after the operator) to the `.` at `dot`; false only when it
 * surely is not. Assumes the operator and the `.` are code (those of a real match are).
 */
export function leftMayEqual(text: string, operatorAt: number, operator: string, from: number, dot: number, closings: number): boolean {
  if (isDecimalPoint(text, dot)) return false; // `x && 0.5`: part of a number, no access
  const read = rightTokens(text, from, dot, closings);
  if (read === 'not-access') return false;
  if (read === 'unreadable' || read.length === 0) return true;
  // 'operators': the right code holds an operator, braces, a template...: any left operand made of
  // simple tokens only differs from it; one that is not simple might not.
  const right = read === 'operators' ? undefined : read;
  let left = right?.length ?? 0; // right[left - 1] is the next token to meet, reading backwards
  let depth = 0;
  let after: 'operator' | 'start' | 'open' | 'dot' | 'postfix' = 'operator';
  let first: Token = { value: operator, atom: false, start: operatorAt }; // the token read last (the leftmost so far)
  let at = operatorAt;
  for (;;) {
    const gap = triviaBefore(text, at);
    if (gap === undefined) return true;
    const token = gap.at === 0 ? undefined : tokenBefore(text, gap.at);
    if (token === null) return true;
    if (token === undefined) return depth > 0 || (right !== undefined && left === 0); // the file's start
    const value = token.value;
    let verdict: Verdict;
    if (depth > 0) {
      verdict = 'in'; // inside brackets the operand closes later
    } else if (after === 'operator' || after === 'dot' || after === 'postfix') {
      // The operand's last token, or the code a `.` or a non-null `!` applies to.
      verdict = value === '(' || value === '[' || value === '{' || value === ',' || value === ';' ? 'boundary' : 'in';
    } else {
      verdict = classify(text, token, first, after, gap.lineBreak, operator);
    }
    if (verdict === 'unsure') return true;
    if (verdict === 'boundary') return right !== undefined && left === 0;
    // A `!` belongs to the operand as a prefix, or as a non-null assertion on the code before it.
    const role: 'start' | 'postfix' | undefined = depth === 0 && value === '!' ? bangRole(text, token.start, after) : undefined;
    if (depth === 0 && value === '!' && role === undefined) return true;
    // The token belongs to the left operand: compare it (parentheses and a trailing comma are not compared).
    if (value === ')' || value === ']') depth++;
    if (value === '(' || value === '[') depth--;
    const compared = value !== '(' && value !== ')' && !(value === ',' && (first.value === ')' || first.value === ']'));
    if (compared) {
      if (!isSimple(token)) return right !== undefined ? false : true;
      if (right !== undefined) {
        if (left === 0 || right[left - 1] !== value) return false;
        left--;
      }
    }
    if (depth === 0) {
      if (role !== undefined) {
        after = role;
      } else {
        after = token.atom ? 'start' : value === '.' || value === '?.' ? 'dot' : 'open'; // else a group's `(` or `[`
      }
    }
    first = token;
    at = token.start;
  }
}

/** What the token before a complete operand start (`after`: an atom or prefix `!`, or a `(`/`[` group) is to it. */
function classify(text: string, token: Token, first: Token, after: 'start' | 'open', lineBreak: boolean, operator: string): Verdict {
  const verdict = classifyToken(text, token, first, after, lineBreak, operator);
  const operatorToken = token.atom ? RESERVED_OPERATORS.has(token.value) : !['.', '?.', ')', ']', '`', '!'].includes(token.value);
  if (verdict !== 'in' || !operatorToken) return verdict;
  // After `{` or `,` (an object literal's member name?) or `.`, an operator is an error, after which
  // the parser may start anew anywhere.
  const before = previousToken(text, token.start);
  return before === null || (before !== undefined && ['{', ',', '.', '?.'].includes(before.value)) ? 'unsure' : 'in';
}

/** The token before the one at `at`: undefined at the file's start, null when unsure. */
function previousToken(text: string, at: number): Token | null | undefined {
  const gap = triviaBefore(text, at);
  if (gap === undefined) return null;
  return gap.at === 0 ? undefined : tokenBefore(text, gap.at);
}

function classifyToken(text: string, token: Token, first: Token, after: 'start' | 'open', lineBreak: boolean, operator: string): Verdict {
  const value = token.value;
  if (token.atom) {
    if (BOUNDARY_WORDS.has(value)) return 'boundary';
    if (RESERVED_OPERATORS.has(value) && !lineBreak && !afterDot(text, token.start)) {
      // Reserved words, so never names here: `typeof a`, `x instanceof a`; `in` is also for-in's
      // (`for (k in a`), whose left side is no string or number (`'k' in a`).
      if (value !== 'in') return 'in';
      const gap = triviaBefore(text, token.start);
      const before = gap === undefined || gap.at === 0 ? null : tokenBefore(text, gap.at);
      return before?.value === '"' || before?.value === '0' ? 'in' : 'unsure';
    }
    if (OPERATOR_WORDS.has(value)) return 'unsure';
    // Two words in a row are a new statement (ASI) or an error; a word before `(` or `[` calls or indexes it.
    if (after === 'start') return 'boundary';
    return STATEMENT_WORDS.has(value) || mayEndTypeOrHead(text, token) ? 'unsure' : 'in';
  }
  if (value in LOGICAL) return LOGICAL[value]! >= LOGICAL[operator]! ? 'in' : 'boundary';
  switch (value) {
    case '.': case '?.':
      // Only a name follows `.` (`?.` also `(` and `[`); `a."s"` is an error, after which a parser starts anew.
      return after === 'start' ? (first.atom && !/^[0"]$/.test(first.value) ? 'in' : 'unsure') : value === '?.' ? 'in' : 'unsure';
    case ')': case ']':
      if (after === 'start') return 'boundary'; // `if (x) a`, `x[0]\na`
      return mayEndTypeOrHead(text, token) ? 'unsure' : 'in'; // `f()(a)`, not `if (x) (a)`
    case '}':
      return after === 'start' ? 'boundary' : 'unsure';
    case '(': case '[': case '{': case ',': case ';': case ':': case '?': case '=>': case '=': case '...':
      return 'boundary';
    case '`':
      return after === 'open' && !mayEndTypeOrHead(text, token) ? 'in' : 'unsure';
    case '/':
      // May end the line above (a regex): after a line break, a new statement may begin there.
      return lineBreak ? 'unsure' : 'in';
    case '++': case '--': {
      // A prefix, or the postfix of the code before (then a new statement begins here: after a line break, or an error).
      const gap = triviaBefore(text, token.start);
      const before = gap === undefined || gap.at === 0 ? null : tokenBefore(text, gap.at);
      return lineBreak || !before || before.atom || [')', ']', '}', '`', '!'].includes(before.value) ? 'unsure' : 'in';
    }
    case '>': case '>>': case '>>>':
      // `x > a`, or type arguments (`y as T<U>`) that end an expression: TypeScript's parser then starts anew at `a` or `(a)`.
      return 'unsure';
    case '*':
      return wordBefore(text, token.start) === 'yield' ? 'boundary' : 'in';
    case '>=':
      return 'unsure'; // `x >= a`, or `let x: A<B>= a`
    case '!':
      return 'in'; // its role is settled by the caller (bangRole)
    default:
      return value.endsWith('=') && !/^[!=]=/.test(value) ? 'boundary' : 'in'; // assignments; `==`, `!==` compare
  }
}

/**
 * A `!` before the operand read so far: a prefix `!` (then the operand begins at it or before)
 * or a non-null assertion on the code before it. undefined: only a parser tells.
 */
function bangRole(text: string, bang: number, after: string): 'start' | 'postfix' | undefined {
  if (after === 'operator' || after === 'dot' || after === 'postfix') return 'postfix';
  let gap = triviaBefore(text, bang);
  if (gap === undefined) return undefined;
  let before = gap.at === 0 ? undefined : tokenBefore(text, gap.at);
  // `!!a`: a run of `!` is all prefix when what stands before the run ends no operand.
  let run = 1;
  while (before?.value === '!') {
    gap = triviaBefore(text, before.start);
    if (gap === undefined) return undefined;
    before = gap.at === 0 ? undefined : tokenBefore(text, gap.at);
    run++;
  }
  if (before === null) return undefined;
  if (before === undefined) return 'start';
  if (before.value === '{' || before.value === ',') return undefined; // an object literal's member name may be expected there
  const ends = before.atom || [')', ']', '}', '`', '>', '/', '++', '--', '.', '?.'].includes(before.value); // or is an error (`a.!b`)
  if (!ends) return 'start';
  // `a![0]`, `a!(b)`; a non-null `!` never follows a line break. Before a word (`a!b`) it is an error.
  return run === 1 && after === 'open' && !gap.lineBreak && !mayEndTypeOrHead(text, before) ? 'postfix' : undefined;
}

/** Words that begin a type (`x as T`, `type X = T`); before them, an expression may end at any `(`. */
const TYPE_WORDS = new Set(['as', 'satisfies', 'type', 'interface', 'declare', 'abstract', 'extends', 'implements', 'is', 'keyof', 'infer', 'enum', 'namespace', 'module', 'function', 'class']);

/** Words whose statement's head, `(...)`, may be followed by a `(` that begins the statement's body: `if (x) (a)`. */
const HEAD_WORDS = new Set(['if', 'while', 'for', 'with']);

/**
 * Whether `token` may end a type (`x as T`, `let x: T`, `type X = T[]`) or a statement's head
 * (`if (x)`), after which TypeScript's parser begins a new expression at a `(` or `[`, even on
 * the same line (an error, recovered). Reads backwards, over brackets that close before `token`,
 * to where the expression surely began (`;`, `&&`, `return`, an unclosed `{`...); a `:`, `<`,
 * `=>` or a word that begins a type on the way, or anything unreadable, says it may.
 */
function mayEndTypeOrHead(text: string, token: Token): boolean {
  let depth = 0; // brackets that close before `token`, read backwards; below 0: ones that hold it
  let current: Token = token;
  let later: Token | undefined;
  for (let steps = 0; steps < 256; steps++) {
    const value = current.value;
    if (depth <= 0) {
      if (value === ';' || value === '&&' || value === '||' || value === '??' || (current.atom && BOUNDARY_WORDS.has(value))) return false;
      if (value === ':' || value === '<' || value === '>' || value === '=>' || value === '`' || (current.atom && TYPE_WORDS.has(value))) return true;
      if (depth === 0 && current.atom && HEAD_WORDS.has(value)) return true;
      if (value === '{') return false; // a block's or an object's start (a type literal's members have `:`)
      if (value === '}' && later?.atom) return false; // a block's end, then a statement (`{a: T} f` is no type)
    }
    if (value === ')' || value === ']' || value === '}') depth++;
    if (value === '(' || value === '[' || value === '{') depth--;
    const gap = triviaBefore(text, current.start);
    if (gap === undefined) return true;
    if (gap.at === 0) return false;
    const before = tokenBefore(text, gap.at);
    if (!before) return before === null;
    later = current;
    current = before;
  }
  return true;
}

function isSimple(token: Token): boolean {
  return token.atom || token.value === '.' || token.value === '?.' || token.value === '[' || token.value === ']' || token.value === '!' || token.value === ',';
}

/** Whether a `.` stands right before `at` (spaces skipped): a word there is a property name (`x.in`). */
function afterDot(text: string, at: number): boolean {
  let end = at;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  return text[end - 1] === '.';
}

/** The word that ends just before `at` (spaces skipped), or undefined. */
function wordBefore(text: string, at: number): string | undefined {
  let end = at;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  let start = end;
  while (start > 0 && isWordChar(text.charCodeAt(start - 1))) start--;
  return start < end ? text.slice(start, end) : undefined;
}
