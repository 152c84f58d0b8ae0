import { describe, expect, it } from 'vitest';
import { CommentRanges } from './comment-ranges.js';

/** How the lexer reads the last `HERE` of the text. */
function at(text: string): 'comment' | 'code' | 'unsure' {
  const end = new CommentRanges(text).commentEnd(text.lastIndexOf('HERE'));
  return end === undefined ? 'unsure' : end === -1 ? 'code' : 'comment';
}

describe('CommentRanges', () => {
  it('reads line and block comments, which do not nest', () => {
    expect(at('x = 1; // HERE')).toBe('comment');
    expect(at('/* a /* HERE */')).toBe('comment');
    expect(at('/* a /* b */ HERE */')).toBe('code');
    expect(at('/** JSDoc\n * _.isNull(HERE);\n */\nf();')).toBe('comment');
    expect(at('x = 1; HERE')).toBe('code');
    expect(at('/* a */ HERE')).toBe('code');
  });

  it('ends a line comment at \\n, \\r, U+2028 and U+2029', () => {
    for (const newLine of ['\n', '\r', '\r\n', '\u2028', '\u2029']) expect(at(`// c${newLine}HERE`), JSON.stringify(newLine)).toBe('code');
    expect(at('// c\u0085HERE')).toBe('comment'); // NEL is a blank for TypeScript, not a line break
  });

  it('counts strings, template text and regexes as not comments, comment markers in them included', () => {
    expect(at('x = "// HERE"')).toBe('code');
    expect(at("x = '/* HERE */'")).toBe('code');
    expect(at('x = "a\\" // "; HERE')).toBe('code');
    expect(at('x = `// ${y} /* HERE */`')).toBe('code');
    expect(at('x = `${ `//` } HERE`')).toBe('code');
    expect(at('x = `${ {a: 1}.a } // HERE`')).toBe('code');
    expect(at('x = `${ y } ${ z // c\n } HERE`')).toBe('code');
    expect(at('x = `${ y // HERE\n }`')).toBe('comment');
    expect(at('x = /\\/\\/ HERE/')).toBe('code');
    expect(at('x = /[/]/; // HERE')).toBe('comment');
    expect(at('x = /[/]/ // HERE')).toBe('comment');
  });

  it('tells a regex from a division by what precedes the slash', () => {
    // Division after a name, number, string, `)` or `]`: the `//` below then is a comment.
    expect(at('a = b / c; // HERE')).toBe('comment');
    expect(at('a = b / c /* HERE */')).toBe('comment');
    expect(at('a = 4 / 2 // HERE')).toBe('comment');
    expect(at('a = (b) / 2 // HERE')).toBe('comment');
    expect(at('a = b[0] / 2 // HERE')).toBe('comment');
    // A regex after an operator, `(`, `,`, `=` or the start: a `//`-looking body is no comment.
    expect(at("a = x.replace(/'/g, '//HERE')")).toBe('code');
    expect(at('f(/ab/, "//HERE")')).toBe('code');
    expect(at("/'/.test(s); x = '//HERE'")).toBe('code');
    // A naive lexer reading `/'/` as division opens a string at the quote and ends up in a comment.
    expect(at("a = b ? /'/ : '// HERE'")).toBe('code');
  });

  it('reads the `)` of if/while/for/with as followed by a regex, other `)` by a division', () => {
    expect(at("if (x) /'/.test(s) && f('// HERE')")).toBe('code');
    expect(at("while (x) /'/.exec(s), g('// HERE')")).toBe('code');
    expect(at("for await (const x of y) /'/.test(x), g('// HERE')")).toBe('code');
    // Only `await` right after `for`: here `(x)` is an operand.
    expect(at('for (;;) await (x) / 2 // HERE')).toBe('comment');
    expect(at('f(x) / 2 // HERE')).toBe('comment');
    // A method named `if` is a property after a dot: its `)` ends a value.
    expect(at('a.if(x) / 2 // HERE')).toBe('comment');
  });

  it('gives up on a slash after `}`, `++`, `--`, a postfix `!`, `>` or an ambiguous word', () => {
    for (const before of ['}', 'a++', 'a--', 'a!', 'a >', 'f<T>', 'of', 'yield', 'await', 'let', 'async']) {
      expect(at(`${before} /x/ // HERE`), before).toBe('unsure');
    }
    expect(at('if (a) {} /x/ // HERE')).toBe('unsure');
    // Reserved words start an expression, except as a property name after `.` or `?.`.
    expect(at("return /'/.test(s) && f('// HERE')")).toBe('code');
    expect(at("typeof /'/ + '// HERE'")).toBe('code');
    expect(at('x.return / 2 // HERE')).toBe('comment');
    expect(at('x?.return / 2 // HERE')).toBe('comment');
    expect(at('x ? .5 / 2 : 1 // HERE')).toBe('comment');
  });

  it('gives up on a slash that starts a line after a value (ASI may have ended the statement)', () => {
    expect(at("let x\n/'/.test(s) && f('// HERE')")).toBe('unsure');
    expect(at('let x: T[]\n/a/ // HERE')).toBe('unsure');
    expect(at('x = a /* \n */ /b/ // HERE')).toBe('unsure');
  });

  it('gives up on a `<` that may open JSX or a type assertion, and on `</`', () => {
    expect(at("x = <p>don't // HERE</p>")).toBe('unsure');
    expect(at('return <a href="x">// HERE</a>')).toBe('unsure');
    expect(at('f(<T>x) // HERE')).toBe('unsure');
    expect(at('a </b/ // HERE')).toBe('unsure');
    expect(at('x\n<p>// HERE</p>')).toBe('unsure');
    // A comparison or type arguments after a value read on.
    expect(at('a < b // HERE')).toBe('comment');
    expect(at('a << 1 // HERE')).toBe('comment');
    expect(at('new Map<string, number>() // HERE')).toBe('comment');
  });

  it('reads a hashbang as a comment on the first line only, and <!-- and --> as code (as TypeScript does)', () => {
    expect(at('#!/usr/bin/env node HERE\nx')).toBe('comment');
    expect(at('#!/usr/bin/env node\nHERE')).toBe('code');
    expect(at('x <!-- HERE')).toBe('code');
    expect(at('x = 1\n--> HERE')).toBe('code');
  });

  it('gives up at merge conflict markers, which TypeScript skips as trivia', () => {
    expect(at('<<<<<<< ours\n/* HERE */')).toBe('unsure');
    expect(at('x\n=======\n/* HERE */')).toBe('unsure');
    expect(at('x\n>>>>>>> theirs\n/* HERE */')).toBe('unsure');
  });

  it('gives up on what TypeScript reports unterminated: a comment, string, template or regex', () => {
    expect(at('x /* HERE')).toBe('unsure');
    expect(at('x = "a\n// HERE')).toBe('unsure');
    expect(at('x = "a\u2028// HERE"')).toBe('unsure');
    expect(at('x = `a // HERE')).toBe('unsure');
    expect(at('x = /a\n// HERE')).toBe('unsure');
    // A line continuation inside a string is no end.
    expect(at('x = "a\\\r\n// b"; // HERE')).toBe('comment');
  });

  it('reads numbers as TypeScript does, a name glued to one as the next token', () => {
    expect(at('x = 1.5e+3 / 2 // HERE')).toBe('comment');
    expect(at('x = 0x1F / .5e-2 / 1_000n // HERE')).toBe('comment');
    // TypeScript reads `0x1f` then the keyword `in`, after which `/'/` is a regex.
    expect(at("x = 0x1fin /'/ + '// HERE'")).toBe('code');
    expect(at("x = 1in /'/ + '// HERE'")).toBe('code');
  });

  it('gives up on an escaped name and on unbalanced brackets', () => {
    expect(at('\\u0061 / 2 // HERE')).toBe('unsure');
    expect(at('f(x]) // HERE')).toBe('unsure');
    expect(new CommentRanges('f(x').certainThroughout()).toBe(false);
    expect(new CommentRanges('f(x) // c').certainThroughout()).toBe(true);
  });

  it('is certain before the point where it gave up', () => {
    expect(at('/* HERE */ x = <p/>')).toBe('comment');
    const ranges = new CommentRanges('// a\nx = <p/>; // b');
    expect(ranges.certainThroughout()).toBe(false);
    expect(ranges.comments()).toEqual([[0, 4]]);
    expect(ranges.certainUntil()).toBe(9);
  });
});
