/**
 * Where literals that may hold any character end, read forward from their first character in
 * code: each returns the index of the literal's last character, or undefined when it cannot tell
 * for sure (the caller then stops reading the text as code).
 */

/** A '...' or "..." string, which ends on its line. */
export function stringEnd(text: string, open: number): number | undefined {
  const quote = text[open];
  let at = open + 1;
  while (at < text.length && text[at] !== quote && text[at] !== '\n' && text[at] !== '\r') at += text[at] === '\\' ? 2 : 1;
  return text[at] === quote ? at : undefined;
}

/** A template literal, its `${...}` substitutions (and templates in them) included. */
export function templateEnd(text: string, open: number): number | undefined {
  for (let at = open + 1; at < text.length; at++) {
    const char = text[at];
    if (char === '\\') {
      at++;
    } else if (char === '`') {
      return at;
    } else if (char === '$' && text[at + 1] === '{') {
      const close = substitutionEnd(text, at + 2);
      if (close === undefined) return undefined;
      at = close;
    }
  }
  return undefined;
}

/**
 * The `}` that closes a `${`: the code inside is read for strings, templates, block comments and
 * braces; a `/` that opens no block comment (division, regex, line comment) or a `<` that may
 * open JSX (whose text is not code) stops the reading.
 */
function substitutionEnd(text: string, from: number): number | undefined {
  let depth = 0;
  for (let at = from; at < text.length; at++) {
    const char = text[at];
    let close: number | undefined = at;
    if (char === "'" || char === '"') close = stringEnd(text, at);
    else if (char === '`') close = templateEnd(text, at);
    else if (char === '/') close = text[at + 1] === '*' ? blockCommentEnd(text, at) : undefined;
    else if (char === '<' && /[A-Za-z>]/.test(text[at + 1] ?? '')) close = undefined;
    else if (char === '{') depth++;
    else if (char === '}' && depth-- === 0) return at;
    if (close === undefined) return undefined;
    at = close;
  }
  return undefined;
}

/** The `/` of a `/* ... *\/` comment's end. */
export function blockCommentEnd(text: string, open: number): number | undefined {
  const close = text.indexOf('*/', open + 2);
  return close === -1 ? undefined : close + 1;
}

/** Words after which a `/` begins a regular expression: they take an expression after them and are never names. */
const BEFORE_REGEX = new Set(['return', 'typeof', 'instanceof', 'in', 'new', 'delete', 'void', 'throw', 'case', 'do', 'else']);

/**
 * Whether the `/` at `slash` begins a regular expression (true) or divides (false), from the
 * code before it, `previous` being the index of its last character (-1: none, the `/` begins
 * the operand). undefined where only a parser tells: after `)` (`if (a) /x/`), `}` (a block or an
 * object), `++`, a non-null `!` (TypeScript), a word that may be either (`yield`, `of`), or
 * anything unusual.
 */
export function slashBeginsRegex(text: string, previous: number): boolean | undefined {
  if (previous < 0) return true;
  const char = text[previous]!;
  if (char === ']' || char === "'" || char === '"' || char === '`') return false;
  if (char === '+' || char === '-') return text[previous - 1] === char ? undefined : true;
  if ('(,=:[&|?{;*%<>~^'.includes(char)) return true;
  if (!/[\w$]/.test(char)) return undefined;
  let start = previous;
  while (start > 0 && /[\w$]/.test(text[start - 1]!)) start--;
  const word = text.slice(start, previous + 1);
  // `a.return / 2`, `1.5 / 2`: after a property or a number's fraction, `/` divides.
  if (text[start - 1] === '.') return false;
  if (text[start - 1] === '\\' || text.charCodeAt(start - 1) >= 128) return undefined;
  if (BEFORE_REGEX.has(word)) return true;
  return word === 'yield' || word === 'await' || word === 'of' || word === 'let' ? undefined : false;
}

/** A regular expression literal from its opening `/`: to its closing `/` and flags, on one line. */
export function regexEnd(text: string, open: number): number | undefined {
  let inClass = false;
  for (let at = open + 1; at < text.length; at++) {
    const char = text[at];
    if (char === '\\') at++;
    else if (char === '\n' || char === '\r' || char === '\u2028' || char === '\u2029') return undefined;
    else if (char === '[' && inClass) return undefined; // a class in a class: the `v` flag nests them
    else if (char === '[') inClass = true;
    else if (char === ']') inClass = false;
    else if (char === '/' && !inClass) {
      let end = at;
      while (end + 1 < text.length && /[a-z]/.test(text[end + 1]!)) end++;
      return end;
    }
  }
  return undefined;
}
