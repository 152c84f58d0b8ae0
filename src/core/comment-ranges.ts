// Where a file's comments are, as TypeScript's scanner reads them, without parsing: a pre-filter
// can then turn away a file whose every occurrence of a required token lies in comments (JSDoc
// examples such as ` * _.isNull(void 0);`). Sound only where certain: wherever reading the text
// needs the parser (is this `/` a division or a regex? is this `<` JSX?), the lexer gives up and
// every position from there on is "unsure", which callers must treat as code.

import { AMBIGUOUS, BEFORE_EXPRESSION, CONDITION, isBlank, isConflictMarker, isLineBreak, isWordPart, lastAtOrBefore, numberEnd } from './lexer-chars.js';

/** What came before, as far as the next `/` or `<` cares. */
const enum Prev {
  /** An expression may start here: `/` begins a regex, `<` may begin JSX or a type assertion. */
  ExpressionStart,
  /** An expression just ended (a name, number, string, `)`, `]`): `/` divides, `<` compares. */
  Value,
  /** `.` or `?.`: the next word is a property name, whatever it spells. */
  Dot,
  /** Only the parser knows (`}`, `a++`, `a!`, `>`, `of`, `yield`...): a `/` or `<` here gives up. */
  Unknown,
}

const enum Bracket {
  Paren,
  ConditionParen,
  Square,
  Curly,
  /** `${` of a template literal: its `}` resumes the template's text. */
  Substitution,
}

/**
 * The comments of one text, found lazily: `commentEnd(offset)` lexes only as far as `offset`.
 * In a file that may hold JSX (`jsx`, the default: `.js`, `.jsx`, `.tsx`, `.mjs`, `.cjs`), a `<`
 * where an expression may start gives up; elsewhere it opens a type assertion or type
 * parameters (`<T>x`, `<A>(a: A) => a`), code throughout.
 */
export class CommentRanges {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly brackets: Bracket[] = [];
  /** Everything before this offset is lexed. */
  private pos = 0;
  /** From here on, unsure (Infinity: certain so far). */
  private unsureFrom = Infinity;
  private prev = Prev.ExpressionStart;
  /** A line break since the last token (ASI may have ended a statement: `let x\n/re/`). */
  private newLine = false;
  /** The last token was a word that makes the next `(` a statement's condition. */
  private beforeCondition = false;
  /** The last token, when it was a word (not a property name). */
  private lastWord = '';

  constructor(
    private readonly text: string,
    private readonly jsx = true,
  ) {
    if (text.startsWith('#!')) this.lineComment(0, 2); // TypeScript skips a hashbang on the first line
    else if (isConflictMarker(this.text, 0)) this.giveUp(0);
  }

  /**
   * Where the comment holding `offset` ends; -1 if `offset` is certainly not in a comment (code,
   * a string, a template's text, a regex); undefined if the lexer cannot tell.
   */
  commentEnd(offset: number): number | undefined {
    while (this.pos <= offset && this.unsureFrom === Infinity) this.step();
    if (offset >= this.unsureFrom) return undefined;
    const index = lastAtOrBefore(this.starts, offset);
    return index >= 0 && offset < this.ends[index]! ? this.ends[index]! : -1;
  }

  /** Lexes to the end: true when the whole text reads without a doubt (no give-up, nothing left open). */
  certainThroughout(): boolean {
    while (this.pos < this.text.length && this.unsureFrom === Infinity) this.step();
    if (this.unsureFrom === Infinity && this.brackets.length > 0) this.unsureFrom = this.pos;
    return this.unsureFrom === Infinity;
  }

  /** The comments found so far, as [start, end) pairs (for checks against TypeScript's). */
  comments(): Array<[number, number]> {
    return this.starts.map((start, index) => [start, this.ends[index]!]);
  }

  /** How far the text reads with certainty (the text's length when throughout). */
  certainUntil(): number {
    return Math.min(this.unsureFrom, this.text.length);
  }

  private giveUp(at: number): void {
    this.unsureFrom = Math.min(this.unsureFrom, at);
  }

  private token(prev: Prev, end: number): void {
    this.prev = prev;
    this.pos = end;
    this.newLine = false;
    this.beforeCondition = false;
    this.lastWord = ''; // word() sets it after: `for await (` only with nothing between
  }

  /** Reads one token or run of trivia at `pos`. */
  private step(): void {
    const text = this.text;
    const start = this.pos;
    if (start >= text.length) {
      this.pos = start + 1; // past the end: nothing more to read
      return;
    }
    const ch = text.charCodeAt(start);
    if (isLineBreak(ch)) {
      this.newLine = true;
      this.pos = start + 1;
      if (isConflictMarker(this.text, start + 1)) this.giveUp(start + 1);
      return;
    }
    if (isBlank(ch)) {
      this.pos = start + 1;
      return;
    }
    const next = text.charCodeAt(start + 1);
    if (ch === 47 /* / */ && next === 47) return this.lineComment(start, start + 2);
    if (ch === 47 && next === 42 /* * */) return this.blockComment(start);
    if (ch >= 48 && ch <= 57) return this.number(start);
    if (isWordPart(ch) || ch === 35 /* # */) return this.word(start);
    if (ch === 46 /* . */) return this.dot(start, next);
    if (ch === 39 || ch === 34) return this.string(start, ch);
    if (ch === 96 /* ` */) return this.template(start + 1);
    if (ch === 47) return this.slash(start);
    if (ch === 60 /* < */) return this.lessThan(start, next);
    this.punctuator(start, ch, next);
  }

  private lineComment(start: number, from: number): void {
    let end = from;
    while (end < this.text.length && !isLineBreak(this.text.charCodeAt(end))) end++;
    this.starts.push(start);
    this.ends.push(end);
    this.pos = end;
  }

  private blockComment(start: number): void {
    const close = this.text.indexOf('*/', start + 2);
    if (close === -1) return this.giveUp(start); // runs to the end: TypeScript reports it
    const end = close + 2;
    this.starts.push(start);
    this.ends.push(end);
    for (let at = start + 2; at < close; at++) {
      if (isLineBreak(this.text.charCodeAt(at))) {
        this.newLine = true; // a comment with a line break separates lines for ASI
        break;
      }
    }
    this.pos = end;
  }

  private word(start: number): void {
    let end = start + 1;
    while (end < this.text.length && isWordPart(this.text.charCodeAt(end))) end++;
    if (this.text.charCodeAt(end) === 92 /* \ */) return this.giveUp(start); // a \u escape in a name
    const word = this.text.slice(start, end);
    const property = this.prev === Prev.Dot;
    let prev = Prev.Value;
    if (!property && BEFORE_EXPRESSION.has(word)) prev = Prev.ExpressionStart;
    else if (!property && AMBIGUOUS.has(word)) prev = Prev.Unknown;
    const condition = !property && (CONDITION.has(word) || (word === 'await' && this.lastWord === 'for'));
    this.token(prev, end);
    this.beforeCondition = condition;
    this.lastWord = property ? '' : word;
  }

  /** A numeric literal, as TypeScript scans it: a name glued to it (`0x1finstanceof`) is the next token. */
  private number(start: number): void {
    this.token(Prev.Value, numberEnd(this.text, start));
  }

  private dot(start: number, next: number): void {
    if (next >= 48 && next <= 57) return this.number(start); // .5
    if (next === 46 && this.text.charCodeAt(start + 2) === 46) return this.token(Prev.ExpressionStart, start + 3); // ...
    this.token(Prev.Dot, start + 1);
  }

  private string(start: number, quote: number): void {
    const text = this.text;
    let at = start + 1;
    while (at < text.length) {
      const ch = text.charCodeAt(at);
      if (ch === quote) return this.token(Prev.Value, at + 1);
      if (isLineBreak(ch)) break; // unterminated: TypeScript reports it
      // An escape takes the next character, a line break too (\r\n as one).
      if (ch === 92) at += text.charCodeAt(at + 1) === 13 && text.charCodeAt(at + 2) === 10 ? 3 : 2;
      else at++;
    }
    this.giveUp(start);
  }

  /** A template's text from `from` (after its backtick, or after a substitution's `}`). */
  private template(from: number): void {
    const text = this.text;
    let at = from;
    while (at < text.length) {
      const ch = text.charCodeAt(at);
      if (ch === 96) return this.token(Prev.Value, at + 1);
      if (ch === 36 /* $ */ && text.charCodeAt(at + 1) === 123 /* { */) {
        this.brackets.push(Bracket.Substitution);
        return this.token(Prev.ExpressionStart, at + 2);
      }
      at += ch === 92 ? 2 : 1;
    }
    this.giveUp(from - 1);
  }

  private slash(start: number): void {
    if (this.prev === Prev.Value && !this.newLine) {
      return this.token(Prev.ExpressionStart, start + 1); // division (`/=` reads the same)
    }
    // A regex where an expression starts; otherwise only the parser knows (`}` then `/`; `let x\n/re/`).
    if (this.prev !== Prev.ExpressionStart) return this.giveUp(start);
    const text = this.text;
    let at = start + 1;
    let inClass = false;
    while (at < text.length) {
      const ch = text.charCodeAt(at);
      if (isLineBreak(ch)) break;
      if (ch === 92) {
        if (at + 1 >= text.length || isLineBreak(text.charCodeAt(at + 1))) break;
        at += 2;
        continue;
      }
      if (ch === 47 && !inClass) {
        at++;
        while (at < text.length && isWordPart(text.charCodeAt(at))) at++; // flags
        return this.token(Prev.Value, at);
      }
      if (ch === 91 /* [ */) inClass = true;
      else if (ch === 93 /* ] */) inClass = false;
      at++;
    }
    this.giveUp(start); // unterminated: TypeScript reports it
  }

  private lessThan(start: number, next: number): void {
    // `</` is one token in JSX files (`a </re/`, `a <// c`); where an expression may start, `<` may open JSX.
    if (next === 47 || (this.jsx && (this.prev !== Prev.Value || this.newLine))) return this.giveUp(start);
    const end = next === 60 ? (this.text.charCodeAt(start + 2) === 61 ? start + 3 : start + 2) : next === 61 ? start + 2 : start + 1;
    this.token(Prev.ExpressionStart, end);
  }

  private punctuator(start: number, ch: number, next: number): void {
    switch (ch) {
      case 40 /* ( */:
        this.brackets.push(this.beforeCondition ? Bracket.ConditionParen : Bracket.Paren);
        return this.token(Prev.ExpressionStart, start + 1);
      case 91 /* [ */:
        this.brackets.push(Bracket.Square);
        return this.token(Prev.ExpressionStart, start + 1);
      case 123 /* { */:
        this.brackets.push(Bracket.Curly);
        return this.token(Prev.ExpressionStart, start + 1);
      case 41 /* ) */:
      case 93 /* ] */:
      case 125 /* } */:
        return this.close(start, ch);
      case 43 /* + */:
      case 45 /* - */:
        // `a++ /`: postfix (a division follows) or prefix (a regex would)? Only the parser knows.
        return this.token(next === ch ? Prev.Unknown : Prev.ExpressionStart, next === ch ? start + 2 : start + 1);
      case 33 /* ! */:
        // After a value, `!` may be TypeScript's non-null assertion (`a! / b`).
        if (next === 61) return this.token(Prev.ExpressionStart, start + 2);
        return this.token(this.prev === Prev.Value || this.prev === Prev.Unknown ? Prev.Unknown : Prev.ExpressionStart, start + 1);
      case 62 /* > */: {
        // `>`, `>>`: a comparison or the end of type arguments (`f<T> / 2` in TypeScript)? `>=` and `>>=` assign or compare.
        let end = start + 1;
        while (this.text.charCodeAt(end) === 62) end++;
        if (this.text.charCodeAt(end) === 61) return this.token(Prev.ExpressionStart, end + 1);
        return this.token(Prev.Unknown, end);
      }
      case 61 /* = */:
        if (isConflictMarker(this.text, start)) return this.giveUp(start);
        return this.token(Prev.ExpressionStart, next === 62 ? start + 2 : start + 1);
      case 124 /* | */:
        if (isConflictMarker(this.text, start)) return this.giveUp(start);
        return this.token(Prev.ExpressionStart, start + 1);
      case 63 /* ? */: {
        const digit = this.text.charCodeAt(start + 2);
        if (next === 46 && !(digit >= 48 && digit <= 57)) return this.token(Prev.Dot, start + 2); // ?.
        return this.token(Prev.ExpressionStart, start + 1);
      }
      case 42 /* * */:
      case 37 /* % */:
      case 38 /* & */:
      case 94 /* ^ */:
      case 126 /* ~ */:
      case 58 /* : */:
      case 59 /* ; */:
      case 44 /* , */:
      case 64 /* @ */:
        return this.token(Prev.ExpressionStart, start + 1);
      default:
        // `\` outside a string (an escaped name), a control character: TypeScript's reading is not ours.
        return this.giveUp(start);
    }
  }

  private close(start: number, ch: number): void {
    const open = this.brackets.pop();
    if (ch === 125 && open === Bracket.Substitution) return this.template(start + 1);
    if (ch === 125 && open === Bracket.Curly) return this.token(Prev.Unknown, start + 1); // a block's end, or an object's?
    if (ch === 93 && open === Bracket.Square) return this.token(Prev.Value, start + 1);
    if (ch === 41 && open === Bracket.ConditionParen) return this.token(Prev.ExpressionStart, start + 1);
    if (ch === 41 && open === Bracket.Paren) return this.token(Prev.Value, start + 1);
    this.giveUp(start); // unbalanced
  }
}
