/**
 * Whether the property access whose `.` stands at `dot` may be the whole right operand of an
 * operator (`a && a.b`), read from the text alone. In a match of `$A && $A.$B` the operand is
 * the access itself, in the grouping parentheses the matcher looks through: after the name come
 * exactly those `)` and then something that ends the operand. A name followed by what surely
 * continues it (`.c`, `(`, `[0]`, `+ 1`) is not such an access.
 *
 * Reads forward from a `.` assumed to be code (the `.` of a real match is): false only when the
 * operand surely goes on; anything unsure (a character outside ASCII, an escape, a word such as
 * `as`, an assignment, which valid code never has there but a parser recovering from an error
 * may) keeps the file.
 *
 * @param closings how many `)` must follow the name (the grouping parentheses opened before the
 * accessed code and still open at the `.`); undefined when not known, and then a `)` may end it.
 */
export function mayEndOperand(text: string, dot: number, closings: number | undefined): boolean {
  let gap = skipTrivia(text, dot + 1);
  const start = gap.at;
  let at = text[start] === '#' ? start + 1 : start; // a private name: `a.#p`
  while (at < text.length && isWordChar(text.charCodeAt(at))) at++;
  if (at === start || text[at - 1] === '#') return true;
  // An escape or a character outside ASCII right after the name may still be part of it.
  if (!isAscii(text, at) || text[at] === '\\') return true;
  for (let closed = 0; closed < (closings ?? 0); closed++) {
    gap = skipTrivia(text, at);
    if (text[gap.at] !== ')') return !isAscii(text, gap.at);
    at = gap.at + 1;
  }
  gap = skipTrivia(text, at);
  return !isAscii(text, gap.at) || !continues(text, gap.at, gap.lineBreak);
}

/**
 * Whether the token at `at`, right after a complete member expression, continues it or makes it
 * an operand of a tighter operator than `&&`. `++` and `--` after a line break begin the next
 * statement (ASI); every other continuation here goes on across line breaks.
 */
function continues(text: string, at: number, lineBreak: boolean): boolean {
  const char = text[at];
  const next = text[at + 1];
  const after = text[at + 2];
  switch (char) {
    case '(': case '[': case '`':
      return true;
    case '.': // not `...` and not a number (`.5`)
      return next !== '.' && !isDigit(next);
    case '?': // `?.`, but `? .5 :` is a conditional
      return next === '.' && !isDigit(after);
    case '+': case '-':
      return next === char ? !lineBreak : next !== '=';
    case '*':
      return next === '*' ? after !== '=' : next !== '=';
    case '/': case '%': case '^': // comments were skipped: `/` here divides
      return next !== '=';
    case '<':
      return next !== '<' || after !== '=';
    case '>': {
      let end = at;
      while (text[end] === '>') end++;
      return end - at === 1 || text[end] !== '='; // `>=` compares, `>>=` assigns
    }
    case '=': case '!': // `==`, `===`, `!=`, `!==`; not `=`, `=>` or a non-null `!`
      return next === '=';
    case '&': case '|': // `&`, `|`; not `&&`, `||`, `&=`
      return next !== char && next !== '=';
    default:
      return false;
  }
}

const LINE_ENDS = /[\n\r\u2028\u2029]/;

/** Past whitespace and comments from `from`; whether a line break was among them. */
function skipTrivia(text: string, from: number): { at: number; lineBreak: boolean } {
  let lineBreak = false;
  let at = from;
  while (at < text.length) {
    const char = text[at];
    if (char === ' ' || char === '\t' || char === '\v' || char === '\f') {
      at++;
    } else if (isLineEnd(char!)) {
      lineBreak = true;
      at++;
    } else if (char === '/' && text[at + 1] === '*') {
      const close = text.indexOf('*/', at + 2);
      if (close === -1) return { at: text.length, lineBreak };
      if (LINE_ENDS.test(text.slice(at, close))) lineBreak = true;
      at = close + 2;
    } else if (char === '/' && text[at + 1] === '/') {
      // To the line's end, which may be any line terminator; the terminator is read next.
      at += 2;
      while (at < text.length && !isLineEnd(text[at]!)) at++;
    } else {
      break;
    }
  }
  return { at, lineBreak };
}

function isLineEnd(char: string): boolean {
  return char === '\n' || char === '\r' || char === '\u2028' || char === '\u2029';
}

/** End of text counts as ASCII (it ends the operand). */
function isAscii(text: string, at: number): boolean {
  return at >= text.length || text.charCodeAt(at) < 128;
}

function isDigit(char: string | undefined): boolean {
  return char !== undefined && char >= '0' && char <= '9';
}

/** [A-Za-z0-9_$] */
export function isWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95 || code === 36;
}
