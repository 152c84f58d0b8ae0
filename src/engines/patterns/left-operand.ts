import { isWordChar } from './member-end.js';

// For `$A && $A.$B` (and `||`, `??`): a match's left operand is the same code as the object of
// the access on the right. The right one is read forward (it is known to be code), the left one
// backwards from the operator, token by token, until its first token is certain. On the 1M-line
// corpus this drops `f(a) && a.b`, `x && a && a.b` and `isAddress(u) && u._tag`.
//
// Sound by construction: tokens are compared with grouping and call parentheses left out, a
// trailing comma left out, strings as one token and numbers as another (the matcher looks
// through parentheses and compares cooked literal values, so what it holds equal reads equal
// here); the right code must be "simple" (names, literals, `.`, `?.`, `[]`, `!`, `,`, `()`: no
// operator, no keyword that takes an operand, no two names in a row), so any other token that
// surely belongs to the left operand makes it differ; and anything unsure keeps the file.

/** A token read: a word (`this`, a name), '0' (a number), '"' (a string), or punctuation. */
interface Token {
  readonly value: string;
  readonly atom: boolean;
  readonly start: number;
}

type Verdict = 'in' | 'boundary' | 'unsure';

/**
 * Operators at least as tight as the pattern's belong to its left operand (all group to the left).
 * TypeScript's parser ranks `??` with `||`: `x ?? a || b` is `(x ?? a) || b`, `x ?? a && b` is `x ?? (a && b)`.
 */
const LOGICAL: Readonly<Record<string, number>> = { '??': 2, '||': 2, '&&': 3 };

/** Words before which a left operand begins: what follows them is a whole expression (or a new statement). */
const BOUNDARY_WORDS = new Set(['return', 'throw', 'case', 'else', 'do', 'default', 'yield', 'of']);

/**
 * Words that take an operand (`typeof a`, `x in a`, `x as T`): before the operand, only a
 * parser tells whether one belongs to it (`for (k in a`, `await` outside async code). The right
 * code may hold none of them and no two words in a row, so any other word before a word is a
 * boundary here (a new statement after a line break, or an error): were it part of the left
 * operand, that could not equal the right code anyway.
 */
const OPERATOR_WORDS = new Set(['typeof', 'void', 'delete', 'await', 'new', 'in', 'instanceof', 'as', 'satisfies', 'keyof', 'readonly', 'unique', 'infer', 'is', 'asserts', 'extends', 'import', 'yield']);

/** Operator words that are reserved (never a name) and take an operand after them. */
const RESERVED_OPERATORS = new Set(['typeof', 'void', 'delete', 'in', 'instanceof']);

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
  let firstValue = operator; // the token read last (the leftmost so far)
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
      verdict = classify(text, token, after, gap.lineBreak, operator);
    }
    if (verdict === 'unsure') return true;
    if (verdict === 'boundary') return right !== undefined && left === 0;
    // A `!` belongs to the operand as a prefix, or as a non-null assertion on the code before it.
    const role: 'start' | 'postfix' | undefined = depth === 0 && value === '!' ? bangRole(text, token.start, after) : undefined;
    if (depth === 0 && value === '!' && role === undefined) return true;
    // The token belongs to the left operand: compare it (parentheses and a trailing comma are not compared).
    if (value === ')' || value === ']') depth++;
    if (value === '(' || value === '[') depth--;
    const compared = value !== '(' && value !== ')' && !(value === ',' && (firstValue === ')' || firstValue === ']'));
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
    firstValue = value;
    at = token.start;
  }
}

/** What the token before a complete operand start (`after`: an atom or prefix `!`, or a `(`/`[` group) is to it. */
function classify(text: string, token: Token, after: 'start' | 'open', lineBreak: boolean, operator: string): Verdict {
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
    return STATEMENT_WORDS.has(value) ? 'unsure' : 'in';
  }
  if (value in LOGICAL) return LOGICAL[value]! >= LOGICAL[operator]! ? 'in' : 'boundary';
  switch (value) {
    case '.': case '?.':
      return 'in';
    case ')': case ']':
      return after === 'open' ? 'in' : 'boundary'; // `f()(a)`; `if (x) a`
    case '}':
      return after === 'start' ? 'boundary' : 'unsure';
    case '(': case '[': case '{': case ',': case ';': case ':': case '?': case '=>': case '=': case '...':
      return 'boundary';
    case '`':
      return after === 'open' ? 'in' : 'unsure';
    case '++': case '--': case '/':
      // Each may end the line above (postfix, a regex): after a line break, a new statement may begin there.
      return lineBreak ? 'unsure' : 'in';
    case '>': case '>>': case '>>>':
      // Type arguments may end the line above (`x as A<B>`), but a `(` after them continues it (`f<T>\n(a)`).
      return lineBreak && after === 'start' ? 'unsure' : 'in';
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
  while (before?.value === '!' && after === 'start') {
    gap = triviaBefore(text, before.start);
    if (gap === undefined) return undefined;
    before = gap.at === 0 ? undefined : tokenBefore(text, gap.at);
  }
  if (before === null) return undefined;
  if (before === undefined) return 'start';
  const ends = before.atom || [')', ']', '}', '`', '>', '/', '!', '++', '--'].includes(before.value);
  if (!ends) return 'start';
  // `a![0]`, `a!(b)`; a non-null `!` never follows a line break. Before a word (`a!b`) it is an error.
  return after === 'open' && !gap.lineBreak ? 'postfix' : undefined;
}

function isSimple(token: Token): boolean {
  return token.atom || token.value === '.' || token.value === '?.' || token.value === '[' || token.value === ']' || token.value === '!' || token.value === ',';
}

/** Whether the `.` at `dot` is a decimal point: it follows a decimal integer (`0.5`, not `1e5.x`, `0x1.y`, `07.5`). */
function isDecimalPoint(text: string, dot: number): boolean {
  let start = dot;
  while (start > 0 && isDigit(text[start - 1])) start--;
  if (start === dot || (text[start] === '0' && dot - start > 1)) return false;
  const before = text[start - 1];
  if ((before === '-' || before === '+') && /[eE]/.test(text[start - 2] ?? '')) return false; // `1e-5.x`
  return before === undefined || !(isWordChar(before.charCodeAt(0)) || before === '.' || before === '\\' || before.charCodeAt(0) >= 128);
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

/**
 * The right code's tokens, as tokenBefore names them, without parentheses and a trailing comma.
 * 'operators' when it holds a token no simple code has (an operator, `{`, `<`, a template: no
 * left operand made of simple tokens can equal it); 'unreadable' when it cannot be read for sure
 * or holds a word that takes an operand.
 */
function rightTokens(text: string, from: number, to: number, closings: number): string[] | 'not-access' | 'operators' | 'unreadable' {
  const raw: Token[] = [];
  let depth = 0;
  let at = from;
  while (at < to) {
    const char = text[at]!;
    const code = text.charCodeAt(at);
    const next = text[at + 1];
    if (char === ' ' || char === '\t' || char === '\n' || char === '\r' || char === '\v' || char === '\f') {
      at++;
    } else if (code >= 128 || code < 32 || char === '\\' || char === '#') {
      return 'unreadable'; // a name or whitespace outside ASCII, an escape, a private name
    } else if (char === '/' && next === '/') {
      while (at < to && text[at] !== '\n' && text[at] !== '\r') at++;
    } else if (char === '/' && next === '*') {
      const close = text.indexOf('*/', at + 2);
      if (close === -1 || close >= to) return 'unreadable';
      at = close + 2;
    } else if (isWordChar(code)) {
      let end = at;
      while (end < to && isWordChar(text.charCodeAt(end))) end++;
      const digit = code >= 48 && code <= 57;
      if (digit && (text[at - 1] === '.' || text[end] === '.')) return 'unreadable';
      const word = text.slice(at, end);
      // `a && typeof a.b`, `a && x in a.b`: outside the brackets that close before the `.`, an
      // operator word binds looser than the access, so the operand is no `$A.<name>` at this `.`.
      if (!digit && RESERVED_OPERATORS.has(word) && depth <= closings && raw.at(-1)?.value !== '.' && raw.at(-1)?.value !== '?.') return 'not-access';
      if (!digit && OPERATOR_WORDS.has(word)) return 'unreadable';
      raw.push({ value: digit ? '0' : word, atom: true, start: at });
      at = end;
    } else if (char === '"' || char === "'") {
      const end = stringEnd(text, at);
      if (end === undefined || end >= to) return 'unreadable';
      raw.push({ value: '"', atom: true, start: at });
      at = end + 1;
    } else if (char === '?' && next === '.' && !isDigit(text[at + 2])) {
      raw.push({ value: '?.', atom: false, start: at });
      at += 2;
    } else if (char === '.' && next !== '.' && !isDigit(next)) {
      raw.push({ value: '.', atom: false, start: at });
      at++;
    } else if (char === '!' && next !== '=') {
      raw.push({ value: '!', atom: false, start: at });
      at++;
    } else if (char === '(' || char === ')' || char === '[' || char === ']' || char === ',') {
      if (char === '(' || char === '[') depth++;
      if (char === ')' || char === ']') depth--;
      raw.push({ value: char, atom: false, start: at });
      at++;
    } else if (char === '.') {
      return 'unreadable'; // `...`, or a number (`.5`)
    } else {
      return 'operators'; // code, the region being the right operand's: an operator, `{`, `<`, a template...
    }
  }
  const tokens: string[] = [];
  for (let index = 0; index < raw.length; index++) {
    const token = raw[index]!;
    const following = raw[index + 1];
    if (token.atom && following?.atom) return 'unreadable'; // two words in a row: keywords are not all known
    if (token.value === '(' || token.value === ')') continue;
    if (token.value === ',' && (following?.value === ')' || following?.value === ']')) continue;
    tokens.push(token.value);
  }
  return tokens;
}

function stringEnd(text: string, open: number): number | undefined {
  const quote = text[open];
  for (let at = open + 1; at < text.length; at++) {
    const char = text[at];
    if (char === quote) return at;
    if (char === '\\' || char === '\n' || char === '\r') return undefined;
  }
  return undefined;
}

/**
 * Past whitespace backwards from `at`; whether a line break was among it. undefined: a comment
 * or a character that only a forward read tells (`*\/` may end a regex, a line may end in a
 * line comment), or whitespace outside ASCII.
 */
function triviaBefore(text: string, at: number): { at: number; lineBreak: boolean } | undefined {
  let end = at;
  let lineBreak = false;
  for (;;) {
    const char = text[end - 1];
    if (char === undefined) return { at: 0, lineBreak };
    if (char === ' ' || char === '\t' || char === '\v' || char === '\f') {
      end--;
    } else if (char === '\n' || char === '\r') {
      end--;
      lineBreak = true;
      const lineStart = Math.max(text.lastIndexOf('\n', end - 1), text.lastIndexOf('\r', end - 1)) + 1;
      if (text.slice(lineStart, end).includes('//')) return undefined;
    } else if (char.charCodeAt(0) >= 128 || (char === '/' && text[end - 2] === '*')) {
      return undefined;
    } else {
      return { at: end, lineBreak };
    }
  }
}

/** The token that ends at `end` (trivia already skipped). null: unsure (keep the file). */
function tokenBefore(text: string, end: number): Token | null | undefined {
  const char = text[end - 1]!;
  const code = char.charCodeAt(0);
  if (isWordChar(code)) {
    let start = end - 1;
    while (start > 0 && isWordChar(text.charCodeAt(start - 1))) start--;
    const previous = text[start - 1];
    if (previous === '\\' || previous === '#' || (previous !== undefined && previous.charCodeAt(0) >= 128)) return null;
    const first = text.charCodeAt(start);
    if (first >= 48 && first <= 57) {
      if (text[end] === '.') return null; // `1.`, `1..x`
      if (previous !== '.') return { value: '0', atom: true, start };
      // `0.5`, `.5`: the fraction of a decimal number; `x.5` is no code.
      let whole = start - 1;
      while (whole > 0 && isDigit(text[whole - 1])) whole--;
      const before = text[whole - 1];
      if (before !== undefined && (isWordChar(before.charCodeAt(0)) || before === '.' || before.charCodeAt(0) >= 128 || before === '\\')) return null;
      return { value: '0', atom: true, start: whole };
    }
    return { value: text.slice(start, end), atom: true, start };
  }
  if (char === '"' || char === "'") {
    const open = text.lastIndexOf(char, end - 2);
    if (open === -1) return null;
    const inside = text.slice(open + 1, end - 1);
    if (inside.includes('\\') || inside.includes('\n') || inside.includes('\r')) return null;
    return { value: '"', atom: true, start: open };
  }
  const two = text.slice(Math.max(0, end - 2), end);
  const three = text.slice(Math.max(0, end - 3), end);
  const four = text.slice(Math.max(0, end - 4), end);
  const punct = (value: string): Token => ({ value, atom: false, start: end - value.length });
  switch (char) {
    case '.':
      if (isDigit(text[end]) || isDigit(text[end - 2])) return null;
      if (three === '...') return punct('...');
      if (two === '..') return null;
      return punct(two === '?.' ? '?.' : '.');
    case '=':
      for (const operator of ['>>>=', '===', '!==', '**=', '<<=', '>>=', '&&=', '||=', '??=']) {
        if ((operator.length === 4 ? four : three) === operator) return punct(operator);
      }
      return punct(/^[=!<>+\-*/%&|^]=$/.test(two) ? two : '=');
    case '>':
      if (two === '=>') return punct('=>');
      return punct(three === '>>>' ? '>>>' : two === '>>' ? '>>' : '>');
    case '<': case '&': case '|': case '?': case '+': case '-': case '*':
      return punct(text[end - 2] === char ? char + char : char);
    case '(': case ')': case '[': case ']': case '{': case '}': case ',': case ';': case ':': case '!': case '~': case '%': case '^': case '/': case '`':
      return punct(char);
    default:
      return null;
  }
}

function isDigit(char: string | undefined): boolean {
  return char !== undefined && char >= '0' && char <= '9';
}
