/**
 * Called at each `.` of code in the operand that no bracket opened inside the operand's code
 * wraps: only the grouping `(`s the operand begins with may still be open there, and `closings`
 * says how many are. Returning true stops the scan.
 */
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
export function scanOperand(text: string, from: number, onDot?: OnDot): number | 'stopped' | undefined {
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
        if (next === '/') at = text.indexOf('\n', at) === -1 ? text.length : text.indexOf('\n', at);
        else if (next === '*' && text.indexOf('*/', at + 2) !== -1) at = text.indexOf('*/', at + 2) + 1;
        else return undefined; // division or a regular expression: only a parser tells
        break;
      }
      case '`':
        return undefined;
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

/** JavaScript's whitespace and line terminators (the `(`s after them may still group the operand). */
function isSpace(char: string): boolean {
  return char === ' ' || char === '\t' || char === '\n' || char === '\r' || (char.charCodeAt(0) >= 128 ? /\s/.test(char) : char === '\v' || char === '\f');
}
