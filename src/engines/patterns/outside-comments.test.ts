import { describe, expect, it } from 'vitest';
import { CommentRanges } from '../../core/comment-ranges.js';
import { passMatches } from '../../core/pass.js';
import { createRewritePass } from './pass.js';
import { matches } from './prefilter-checks.js';
import { mayHoldJsx, occursOutsideComments } from './outside-comments.js';

const voidZero = createRewritePass({ pattern: 'void 0', to: 'undefined' });

/** The rewrite pass's pre-filter on `text` as file `path`, beside what the matcher finds there. */
function filtered(pattern: string, text: string, path = 'a.js'): { kept: boolean; found: number } {
  const pass = pattern === 'void 0' ? voidZero : createRewritePass({ pattern, to: 'x' });
  return { kept: passMatches(pass, text, path), found: matches(pattern, text) };
}

describe('the pattern pre-filter outside comments', () => {
  it('drops a file whose every occurrence is in a comment, JSDoc examples included', () => {
    const lodash = '/**\n * @example\n *\n * _.isNull(void 0);\n * // => false\n */\nfunction isNull(value) {\n  return value === null;\n}\n';
    expect(filtered('void 0', lodash)).toEqual({ kept: false, found: 0 });
    expect(filtered('void 0', 'x = 1; // void 0\n/* void 0 */')).toEqual({ kept: false, found: 0 });
    // A word needle alone: `assign` only in a comment.
    expect(filtered('Object.assign($A, $B)', '// Object.assign(a, b)\nObject.keys(a)')).toEqual({ kept: false, found: 0 });
  });

  it('keeps a file with one occurrence in code among many in comments', () => {
    expect(filtered('void 0', '// void 0\n/* void 0 */\nlet a = void 0;')).toEqual({ kept: true, found: 1 });
    // A match starting in a comment may run into code; the one in code must still be found.
    expect(filtered('void 0', '// void\n0; x = void 0;')).toEqual({ kept: true, found: 1 });
    // The sequence `) !== -1` from the comment's `)` spans the code's `)`: the search goes on from the comment's end.
    expect(filtered('$A.indexOf($B) !== -1', 'a.indexOf(b // )\n) !== -1')).toEqual({ kept: true, found: 1 });
    expect(filtered('Object.assign($A, $B)', '/* Object.assign */ Object.assign(a, b)')).toEqual({ kept: true, found: 1 });
  });

  it('keeps occurrences in strings, template text and regexes (a pattern may match a string)', () => {
    expect(filtered("'void 0'", "x = 'void 0'").kept).toBe(true);
    expect(filtered('void 0', 'x = `// ${void 0}`')).toEqual({ kept: true, found: 1 });
    expect(filtered('void 0', "s.replace(/'/g, ''); x = '// void 0'").kept).toBe(true);
  });

  it('keeps a file where a naive lexer would call the code a comment', () => {
    // A regex body holding a quote: read as division, the quote opens a string and `//` starts a "comment".
    expect(filtered('void 0', "if (x) /'/.test(s) && f('//'); a = void 0;")).toEqual({ kept: true, found: 1 });
    expect(filtered('void 0', "a = b ? /'/ : '//'; c = void 0;")).toEqual({ kept: true, found: 1 });
    // JSX text holding an apostrophe and `//`: the lexer gives up, the file is kept.
    expect(filtered('void 0', "x = <p>don't // here</p>; y = void 0; // void 0", 'a.jsx').kept).toBe(true);
    // A division after `}` or a postfix `++` is unsure: kept.
    expect(filtered('void 0', 'a++ / 2 // x\nb = void 0')).toEqual({ kept: true, found: 1 });
  });

  it('reads a `<` where an expression starts as JSX in .js/.jsx/.tsx, as a type assertion in .ts', () => {
    const text = "const f = <A,>(a: A) => a; // void 0\nconst s = '/*'; let b = void 0;";
    expect(passMatches(voidZero, text, 'a.ts')).toBe(true);
    expect(passMatches(voidZero, text, 'a.tsx')).toBe(true);
    const commentOnly = 'const f = <A,>(a: A) => a; // void 0\n';
    expect(passMatches(voidZero, commentOnly, 'a.ts')).toBe(false);
    expect(passMatches(voidZero, commentOnly, 'a.tsx')).toBe(true); // gave up at `<`
    expect(passMatches(voidZero, commentOnly)).toBe(true); // no path: JSX assumed
    expect([mayHoldJsx('a.ts'), mayHoldJsx('a.d.ts'), mayHoldJsx('a.mts'), mayHoldJsx('a.js'), mayHoldJsx('a.mjs'), mayHoldJsx(undefined)]).toEqual([
      false,
      false,
      false,
      true,
      true,
      true,
    ]);
  });

  it('leaves a shared regex without lastIndex state', () => {
    const regex = /void\s+0/;
    const text = '// void 0\nvoid 0';
    expect(occursOutsideComments(text, regex, new CommentRanges(text))).toBe(true);
    expect(regex.lastIndex).toBe(0);
    expect(occursOutsideComments('// void 0', regex, new CommentRanges('// void 0'))).toBe(false);
  });
});
