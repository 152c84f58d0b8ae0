import { isWordChar } from './member-end.js';

// Tokens for left-operand.ts: the right operand's code read forward, the left operand's read
// backwards from the operator, both named alike (a word, '0' for any number, '"' for any string,
// punctuation), so that what the matcher holds equal reads equal.

/** A token read: a word (`this`, a name), '0' (a number), '"' (a string), or punctuation. */
export interface Token {
  readonly value: string;
  readonly atom: boolean;
  readonly start: number;
}

/**
 * Words that take an operand (`typeof a`, `x in a`, `x as T`): before the operand, only a
 * parser tells whether one belongs to it (`for (k in a`, `await` outside async code). The right
 * code may hold none of them and no two words in a row, so any other word before a word is a
 * boundary here (a new statement after a line break, or an error): were it part of the left
 * operand, that could not equal the right code anyway.
 */
export const OPERATOR_WORDS = new Set(['typeof', 'void', 'delete', 'await', 'new', 'in', 'instanceof', 'as', 'satisfies', 'keyof', 'readonly', 'unique', 'infer', 'is', 'asserts', 'extends', 'import', 'yield']);

/** Operator words that are reserved (never a name) and take an operand after them. */
export const RESERVED_OPERATORS = new Set(['typeof', 'void', 'delete', 'in', 'instanceof']);

/** Whether the `.` at `dot` is a decimal point: it follows a decimal integer (`0.5`, not `1e5.x`, `0x1.y`, `07.5`). */
export function isDecimalPoint(text: string, dot: number): boolean {
  let start = dot;
  while (start > 0 && isDigit(text[start - 1])) start--;
  if (start === dot || (text[start] === '0' && dot - start > 1)) return false;
  const before = text[start - 1];
  if ((before === '-' || before === '+') && /[eE]/.test(text[start - 2] ?? '')) return false; // `1e-5.x`
  return before === undefined || !(isWordChar(before.charCodeAt(0)) || before === '.' || before === '\\' || before.charCodeAt(0) >= 128);
}

/**
 * The right code's tokens, as tokenBefore names them, without parentheses and a trailing comma.
 * 'operators' when it holds a token no simple code has (an operator, `{`, `<`, a template: no
 * left operand made of simple tokens can equal it); 'unreadable' when it cannot be read for sure
 * or holds a word that takes an operand.
 */
export function rightTokens(text: string, from: number, to: number, closings: number): string[] | 'not-access' | 'operators' | 'unreadable' {
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
export function triviaBefore(text: string, at: number): { at: number; lineBreak: boolean } | undefined {
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
export function tokenBefore(text: string, end: number): Token | null | undefined {
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

export function isDigit(char: string | undefined): boolean {
  return char !== undefined && char >= '0' && char <= '9';
}
