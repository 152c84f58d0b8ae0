import { describe, expect, it } from 'vitest';
import { ts } from '../../core/parse.js';
import { findPatternMatches } from './match.js';
import { compilePattern } from './pattern.js';
import { expectFiltered, matches, passes } from './prefilter-checks.js';

// The pre-filter's rule for a right operand that is exactly `$A.<name>` (repeats.ts 'member',
// member-end.ts, operand-scan.ts); needles.test.ts has the rest of the pre-filter's tests.

describe('pattern pre-filter, $A && $A.$B', () => {
  it('requires, for $A && $A.$B, a name after the `.` that may end the operand, and drops one the code goes on after', () => {
    // Each holds a match: the name ends the operand (end of file, ASI, a comment, `)` of grouping
    // parentheses, an operator looser than `&&`), or the text is odd enough to keep the file.
    const held = [
      'x = a && a.b\nfoo()',
      'a && a.b // c',
      'a && a.b /* c */ ? 1 : 2',
      'class C { #p; m(a) { return a && a.#p } }',
      'a && (a.b)',
      'a && ((a)).b',
      'a && ((a).b)',
      'a && ( /* x */ (a) . b )',
      '(a) && (((a)).b)',
      'f(a && a.b).c',
      'a && a.\n  b',
      'a && a./* x */b',
      'a &&\n  a\n  .b\n',
      'a && a.b\n++c', // ASI: `++` after a line break begins the next statement
      'a && a.b\n-- c',
      'a && a.b /* \n */ ++c',
      'a && a.b\n!c',
      'a && a.b ?.5 : 1', // `?.` before a digit is a conditional
      'a && a.b || c',
      'a && a.b ?? c',
      'a && a.b && c',
      '[a && a.b]',
      '({ x: a && a.b })',
      'a && a.b, c',
      'if (a && a.b) {}',
      'x ? a && a.b : c',
      'a && a.b ? `x` : 1',
      'a && a.default',
      'a && a.b\\u0063',
      'a && a.\\u0062',
      // Whitespace outside ASCII: a no-break space before `&&` once dropped this file (regression).
      'a\u00a0&& a.b',
      'a\u000b&& a.b',
      'a && a.b\u00a0',
      'a && \u00a0(a.b)',
      'a && a.b\u2028++c', // U+2028 is a line break
      'a && a.b // x\u2028++c',
      'a && // c\ra.b', // a line comment ends at any line terminator
      'a && // c\u2028a.b',
      // What a parser recovering from an error makes of it (the run skips such files; a search does not).
      'a && a.b = 1',
      'a && a.b += 1',
      'a && a.b >>= c',
      'a && a.b => 1',
      "a && a.b 'x'",
    ];
    expectFiltered('$A && $A.$B', held, 1, true);
    // JSX text is not code: a `:`, `)`, `(` or `//` in it neither ends nor hides the operand.
    const jsx = ['f(<p>a: b</p>) && f(<p>a: b</p>).c', 'f(<p>see http://x</p>) && f(<p>see http://x</p>).c', 'f(<p>:)</p>) && f(<p>:)</p>).c', 'f(<p>(</p>) && f(<p>(</p>).c', "f(<p>it's</p>, 'x') && f(<p>it's</p>, 'x').c"];
    for (const text of jsx) {
      expect(findPatternMatches(compilePattern('$A && $A.$B'), ts.createSourceFile('a.tsx', text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX)).length, text).toBe(1);
      expect(passes('$A && $A.$B', text), text).toBe(true);
    }
    // Regular expressions, templates and divisions in the code are read past, not mistaken for code or each other.
    const literals = [
      "f(/a'b/) && f(/a'b/).c",
      'f(/[/]/) && f(/[/]/).c',
      'f(/\\//) && f(/\\//).c',
      'f(x, /re/g) && f(x, /re/g).y',
      'f(typeof /x/) && f(typeof /x/).c',
      '/a/ && /a/.source',
      "f(`a${'}'}b`) && f(`a${'}'}b`).c",
      'f(`x${`y${1}`}`) && f(`x${`y${1}`}`).c',
      'f(`a\\`b`) && f(`a\\`b`).c',
      'x = a / 2 && (a / 2).b',
      'f(a.b / 2) && f(a.b / 2).c',
      'f(1.5 / 2) && f(1.5 / 2).c',
      'f(a++ / 2) && f(a++ / 2).c',
      'f(a) / 2 && (f(a) / 2).c',
      "a && a.b // it's",
    ];
    expectFiltered('$A && $A.$B', literals, 1, true);
    // ... and past them the operand is still read, so these are dropped; a `/` after `)` may be either: kept.
    expectFiltered('$A && $A.$B', ['a && /x/.test(y);\na.b', 'a && `${b}`;\na.c', 'a && b / 2;\na.c', 'a && x.return / 2;\na.c', 'a && `${a.b}`', 'a && a.b\n/x/g.test(c)'], 0, false);
    expect(passes('$A && $A.$B', 'a && (b) / 2;\na.c')).toBe(true);
    // Type arguments hold `,`, `?` and `:` that end no operand (regression: these were dropped).
    // So does a function's return type (`a && function (): T {}.call(z)`).
    const types = ['f<A, B>(x) && f<A, B>(x).y', 'f<A extends B ? C : D>(x) && f<A extends B ? C : D>(x).y', 'x = function (a, b): T {} && function (a, b): T {}.y'];
    for (const text of types) {
      expect(matches('$A && $A.$B', text), text).toBe(1);
      expect(passes('$A && $A.$B', text), text).toBe(true);
      expect(passes('$A && $A.$B.$C', text.replace(/\.y$/, '.y.z')), text).toBe(true);
    }
    // An operator outside brackets ends the code a `.` of the operand's own access may follow ...
    expectFiltered('$A && $A.$B', ['a && x === a.b', 'a && x + a.b', 'a && (x || a.b)', 'a && (b && a.c)', 'a && -a.b', 'a && ~a.b'], 0, false);
    // ... but not inside parentheses that close before the `.`, in types, JSX or numbers.
    const operators = [
      '(x + y) && (x + y).b',
      '(a || b) && (a || b).c',
      '((x = 1)) && ((x = 1)).y',
      '(a ? b : c) && (a ? b : c).d',
      'x = 1e-5 && 1e-5.b',
      'x = 0xE-1 && (0xE-1).b',
      'x = function* () {} && function* () {}.call',
      'x = function (): A | B {} && function (): A | B {}.call',
      'f<A | B>() && f<A | B>().c',
      'f<() => void>() && f<() => void>().c',
    ];
    expectFiltered('$A && $A.$B', operators, 1, true);
    // No match, but the text alone cannot tell (a word, a non-null `!`): kept.
    expectFiltered('$A && $A.$B', ['a && a.b!', 'a && a.b as T', 'a && a.b in c', 'a && a.b satisfies T', 'a && a.b! == c'], 0, true);
    const dropped = [
      'a && a.b()',
      'a && a.b.c',
      'a && a.b + 1',
      'a && a.b[0]',
      'a && foo(a.b)',
      'a && [a.b]',
      'a && (a.b).c',
      'a && (a.b, c)',
      'a && a.b\n.c',
      'a && a.b\n(c)',
      'a && a.b\n[c]',
      'a && a.b\n/c/.test(d)',
      'a && a.b++',
      'a && a.b --',
      'a && a.b?.c',
      'a && a.b?.(c)',
      'a && a.b`x`',
      'a && a.b\n`x`',
      'a && a.b == 1',
      'a && a.b !== 1',
      'a && a.b < c',
      'a && a.b >= c',
      'a && a.b >>> 2',
      'a && a.b ** 2',
      'a && a.b / c',
      'a && a.b & 2',
      'a && a.b | 2',
      'a && a.b.c // x',
      'if (a && a.b.c) {}',
    ];
    expectFiltered('$A && $A.$B', dropped, 0, false);
    // Also with a fixed name, and after `||` and `??`, which bind looser than all of the above.
    expect(passes('$A && $A.length', 'a && a.length')).toBe(true);
    expect(passes('$A && $A.length', 'a && a.length > 0')).toBe(false);
    expect(passes('$A || $A.$B', 'a || a.b && c')).toBe(true);
    expect(passes('$A ?? $A.$B', 'a ?? a.b()')).toBe(false);
    expect(passes('$A && ($A.$B)', 'a && a.b')).toBe(true); // the matcher looks through the pattern's parentheses too
    expect(passes('$A && ($A.$B)', 'a && a.b()')).toBe(false);
    // After `+` the same text goes on as `(a + a.b) + c`: the rule is not for tighter operators.
    expect(matches('$A + $A.$B', 'a + a.b + c')).toBe(1);
    expect(passes('$A + $A.$B', 'a + a.b + c')).toBe(true);
    // Other shapes keep today's rule: any `.` after the code in the operand.
    expect(passes('$A && $A.b.c', 'a && a.b.c')).toBe(true);
    expect(passes('$A && $A.$B()', 'a && a.b()')).toBe(true);
  });
});
