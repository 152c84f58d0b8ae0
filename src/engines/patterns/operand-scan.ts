/**
 * Called at each `.` of code in the operand that no bracket opened inside the operand's code
 * wraps: only the grouping `(`s the operand begins with may still be open there, and `closings`
 * says how many are. Returning true stops the scan.
 */
/** What a scan may ask about the whole file, computed once per file by the caller. */
export interface FileFacts {
  /** Where the file's last `</` (a closing JSX tag) stands; -1 if none. */
  lastCloseTag(): number;
}

export type OnDot = (dot: number, closings: number) => boolean;

/**
 * Reads, from `from` just after a binary operator (`&&`), the operand that follows it: it ends,
 * at its own bracket depth, at `;`, `,`, `:`, `?`, `||`, `&&`, `??` or a bracket it did not open,
 * none of which a right operand of `&&` holds there. Strings and comments are skipped.
 *
 * @returns where the operand ends; 'stopped' when `onDot` said so; undefined when a template, a
 * regular expression or a division comes first (only a parser tells the last two apart), or a
 * string does not end on its line.
 */
export function scanOperand(text: string, from: number, file: FileFacts, onDot?: OnDot): number | 'stopped' | undefined {
  let depth = 0;
  // The `(`s before the operand's first token may group the whole operand (`a && (a.b)`); any
  // bracket opened later is part of its code. `floor`: the lowest depth since that first token.
  let leading = true;
  let floor = 0;
  for (let at = from; at < text.length; at++) {
    const char = text[at]!;
    const next = text[at + 1];
    if (leading && char !== '(' && char !== '/' && !isSpace(char)) {
      leading = false;
      floor = depth;
    }
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
        if (next === '/') at = lineEnd(text, at) - 1; // the line terminator is read next
        else if (next === '*' && text.indexOf('*/', at + 2) !== -1) at = text.indexOf('*/', at + 2) + 1;
        else return undefined; // division or a regular expression: only a parser tells
        break;
      }
      case '`':
        return undefined;
      case '<':
        // JSX text is not code (`<p>a: b</p>`, `<p>http://x</p>`), and only a parser tells an
        // element from `i<n` or a type assertion: a letter or `>` after `<` may begin one, and
        // text is only ever inside an element that a `</` closes further on.
        if ((next === '>' || (next !== undefined && /[A-Za-z]/.test(next))) && at < file.lastCloseTag()) return undefined;
        break;
      case '.':
        if (onDot && depth === floor && onDot(at, depth)) return 'stopped';
        break;
      case '(': case '[': case '{':
        depth++;
        break;
      case ')': case ']': case '}':
        if (depth === 0) return at;
        depth--;
        floor = Math.min(floor, depth);
        break;
      case ';': case ',': case ':': case '|': case '&': case '?':
        if (depth > 0) break;
        if ((char === '|' || char === '&') && next !== char) break; // `|` and `&` bind tighter
        if (char === '?' && next === '.') break; // optional chaining
        return at;
    }
  }
  return text.length;
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
