// What the comment lexer (comment-ranges.ts) knows of characters and words, as TypeScript's scanner
// reads them.

export const isLineBreak = (ch: number): boolean => ch === 10 || ch === 13 || ch === 0x2028 || ch === 0x2029;

/** TypeScript's isWhiteSpaceSingleLine. */
export const isBlank = (ch: number): boolean =>
  ch === 32 || ch === 9 || ch === 11 || ch === 12 || ch === 0xa0 || ch === 0x85 || ch === 0x1680 ||
  (ch >= 0x2000 && ch <= 0x200b) || ch === 0x202f || ch === 0x205f || ch === 0x3000 || ch === 0xfeff;

/** Part of a name or number: ASCII word characters, and any other character TypeScript does not skip as blank. */
export const isWordPart = (ch: number): boolean =>
  (ch >= 97 && ch <= 122) || (ch >= 65 && ch <= 90) || (ch >= 48 && ch <= 57) || ch === 95 || ch === 36 || (ch > 127 && !isBlank(ch) && !isLineBreak(ch));

/** Words after which an expression starts (unless they follow `.`): `return /re/`. */
export const BEFORE_EXPRESSION = new Set(
  'return typeof case throw in instanceof new delete void do else extends default break continue debugger'.split(' '),
);
/** Identifiers in some places, keywords before an expression in others (`of`, `yield`), or never before `/` or `<`. */
export const AMBIGUOUS = new Set(
  'of yield await async let const var if for while with switch catch try finally import export enum'.split(' '),
);
/** A `(` after these closes with a `)` that a statement follows: `if (x) /re/.test(y)`. */
export const CONDITION = new Set(['if', 'while', 'for', 'with']);

/** TypeScript skips a merge conflict marker line (`<<<<<<< `, `=======`...) and more as trivia. */
export function isConflictMarker(text: string, at: number): boolean {
  if (at !== 0 && !isLineBreak(text.charCodeAt(at - 1))) return false;
  const ch = text.charCodeAt(at);
  if (ch !== 60 && ch !== 61 && ch !== 62 && ch !== 124) return false;
  for (let i = 1; i < 7; i++) if (text.charCodeAt(at + i) !== ch) return false;
  return true;
}

/** The index of the last of the sorted numbers at or before `value`; -1 if none. */
export function lastAtOrBefore(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]! <= value) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

/** The digits after `0x`, `0b`, `0o`. */
const RADIX_DIGITS: Record<string, RegExp> = { x: /[\da-fA-F_]/, X: /[\da-fA-F_]/, b: /[01_]/, B: /[01_]/, o: /[0-7_]/, O: /[0-7_]/ };

/** Where the numeric literal at `start` (a digit, or `.` and a digit) ends, as TypeScript scans it. */
export function numberEnd(text: string, start: number): number {
  const skip = (at: number, digit: RegExp): number => {
    while (at < text.length && digit.test(text[at]!)) at++;
    return at;
  };
  const radix = text[start] === '0' ? RADIX_DIGITS[text[start + 1]!] : undefined;
  let at = radix ? skip(start + 2, radix) : skip(start, /[\d_]/);
  if (!radix) {
    if (text[at] === '.') at = skip(at + 1, /[\d_]/);
    if (text[at] === 'e' || text[at] === 'E') at = skip(text[at + 1] === '+' || text[at + 1] === '-' ? at + 2 : at + 1, /[\d_]/);
  }
  return text[at] === 'n' ? at + 1 : at;
}
