import { blockCommentEnd, regexEnd, slashBeginsRegex, stringEnd, templateEnd } from './literals.js';
import { isWordChar } from './member-end.js';

/** What a scan may ask about the whole file, computed once per file by the caller. */
export interface FileFacts {
  /** Where the file's last `</` (a closing JSX tag) stands; -1 if none. */
  lastCloseTag(): number;
}

/**
 * Called at each `.` of code in the operand that no bracket opened inside the operand's code
 * wraps: only the grouping `(`s the operand begins with may still be open there, and `closings`
 * says how many are. Returning true stops the scan.
 */
export type OnDot = (dot: number, closings: number) => boolean;

/**
 * Reads, from `from` just after a binary operator (`&&`), the operand that follows it: it ends,
 * at its own bracket depth, at `;`, `,`, `:`, `?`, `||`, `&&`, `??` or a bracket it did not open,
 * none of which a right operand of `&&` holds there. Comments, strings, templates and regular
 * expressions are skipped (literals.ts).
 *
 * @returns where the operand ends; 'stopped' when `onDot` said so; undefined when the text
 * cannot be read for sure: a `/` only a parser tells a regex or a division (after `)`), a string
 * that does not end on its line, a `<` that may open JSX.
 */
export function scanOperand(text: string, from: number, file: FileFacts, onDot?: OnDot): number | 'stopped' | undefined {
  let depth = 0;
  // The `(`s before the operand's first token may group the whole operand (`a && (a.b)`); any
  // bracket opened later is part of its code. `floor`: the lowest depth since that first token.
  let leading = true;
  let floor = 0;
  let previous = -1; // the last character of code read, for telling a regex from a division
  // Outside brackets, a `<` that may open type arguments or a `function`/`class` whose
  // signature may hold types: their `,`, `?` and `:` end nothing (`f<A, B>(x)`, `function (): T {}`).
  let types = false;
  // Code that a `.` of the operand's own member access could follow holds no operator outside
  // brackets (`a + b.c` is not `(a + b).c`): `sealed` is the depth where one was read; `opaque`
  // where one may belong to types or JSX (after `<`, `function`, `class`). -1: none.
  let sealed = -1;
  let opaque = -1;
  for (let at = from; at < text.length; at++) {
    const char = text[at]!;
    const next = text[at + 1];
    if (isSpace(char)) continue;
    if (char === '/' && next === '/') {
      at = lineEnd(text, at) - 1; // the line terminator is read next
      continue;
    }
    if (char === '/' && next === '*') {
      const close = blockCommentEnd(text, at);
      if (close === undefined) return undefined;
      at = close;
      continue;
    }
    if (leading && char !== '(') {
      leading = false;
      floor = depth;
    }
    if ((char === 'f' || char === 'c') && declaresTypes(text, at)) {
      if (depth === 0) types = true;
      if (depth === floor) opaque = floor;
    }
    let end: number | undefined = at;
    switch (char) {
      case "'": case '"':
        end = stringEnd(text, at);
        break;
      case '`':
        end = templateEnd(text, at);
        break;
      case '/': {
        const regex = slashBeginsRegex(text, previous);
        end = regex === undefined ? undefined : regex ? regexEnd(text, at) : at;
        break;
      }
      case '<':
        if (depth === 0) types = true;
        if (depth === floor) opaque = floor;
        // JSX text is not code (`<p>a: b</p>`, `<p>http://x</p>`), and only a parser tells an
        // element from `i<n` or a type assertion: a letter or `>` after `<` may begin one, and
        // text is only ever inside an element that a `</` closes further on.
        if ((next === '>' || (next !== undefined && /[A-Za-z]/.test(next))) && at < file.lastCloseTag()) return undefined;
        break;
      case '.':
        if (onDot && depth === floor && sealed !== floor && onDot(at, depth)) return 'stopped';
        break;
      case '(': case '[': case '{':
        depth++;
        break;
      case ')': case ']': case '}':
        if (depth === 0) return at;
        depth--;
        if (depth < floor) {
          floor = depth;
          if (sealed > floor) sealed = -1;
          if (opaque > floor) opaque = -1;
        }
        break;
      case ';': case ',': case ':': case '|': case '&': case '?':
        if (depth > 0) break;
        if ((char === '|' || char === '&') && next !== char) break; // `|` and `&` bind tighter
        if (char === '?' && next === '.') break; // optional chaining
        // Reading goes on past what may be types (past the operand's end, if the `<` was a
        // comparison: more is read than needed, never less).
        if (types && (char === ',' || char === '?' || char === ':')) break;
        return at;
    }
    if (end === undefined) return undefined;
    if (depth === floor && opaque !== floor && isOperator(text, at, end)) sealed = floor;
    at = previous = end;
  }
  return text.length;
}

/**
 * Whether the character at `at` is (part of) an operator no member expression holds outside
 * brackets: arithmetic, bitwise, comparison with `=`, assignment; not `<`, `>`, `?` or `!`
 * (type arguments, optional chaining, non-null). `end`: where the scan read it to (past `at`
 * for a regular expression, which is no operator); the `-` of `1e-5` is not one either.
 */
function isOperator(text: string, at: number, end: number): boolean {
  const char = text[at]!;
  if (char === '+' || char === '-') return text[at - 1] !== 'e' && text[at - 1] !== 'E';
  if (char === '/') return end === at;
  return char === '=' || char === '*' || char === '%' || char === '^' || char === '~' || char === '&' || char === '|';
}

/** `function` or `class` as a whole word at `at`. */
function declaresTypes(text: string, at: number): boolean {
  const word = text.startsWith('function', at) ? 8 : text.startsWith('class', at) ? 5 : 0;
  return word > 0 && !isWordChar(text.charCodeAt(at - 1)) && !isWordChar(text.charCodeAt(at + word));
}

/** Where the line of `at` ends: its first line terminator (any of four), or the end of the text. */
function lineEnd(text: string, at: number): number {
  let end = at;
  while (end < text.length && text[end] !== '\n' && text[end] !== '\r' && text[end] !== '\u2028' && text[end] !== '\u2029') end++;
  return end;
}

/** JavaScript's whitespace and line terminators (the `(`s after them may still group the operand). */
function isSpace(char: string): boolean {
  return char === ' ' || char === '\t' || char === '\n' || char === '\r' || (char.charCodeAt(0) >= 128 ? /\s/.test(char) : char === '\v' || char === '\f');
}
