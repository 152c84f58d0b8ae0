import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ts } from '../../core/parse.js';
import { REPO } from '../../../test/cli-helpers.js';
import { findPatternMatches } from './match.js';
import { compilePattern } from './pattern.js';
import { expectFiltered, matches, passes } from './prefilter-checks.js';

/** Real code nobody here wrote: recast's compiled library. */
function realFiles(): { path: string; text: string }[] {
  const dir = join(REPO, 'node_modules', 'recast', 'lib');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.js'))
    .map((name) => ({ path: join(dir, name), text: readFileSync(join(dir, name), 'utf8') }));
}

const PATTERNS = [
  'void 0',
  '$A && $A.$B',
  'typeof $X === "undefined"',
  '$A instanceof $B',
  'new $C($$$ARGS)',
  'function ($$$P) { $$$B }',
  '$A || $B',
  'this.$P = $V',
  'return null',
  '$F.apply(this, arguments)',
  '($X) => $Y',
  '$A !== void 0',
  'Object.prototype.hasOwnProperty.call($O, $K)',
  'Object.defineProperty($O, $K, $D)',
  'new Error($M)',
  'typeof $X',
  'exports.$N = $V',
  'this.$P.$Q',
  'Object.assign({}, $A)',
  '$A.indexOf($B) !== -1',
  '$A.indexOf($B) === -1',
  '$F.call(this, $$$A)',
  '$A.concat([])',
  'Array.prototype.slice.call(arguments, 0)',
];

describe('pattern pre-filter', () => {
  it('requires the keywords and operators a pattern names, not only its identifiers', () => {
    expect(compilePattern('void 0').needles).toEqual(['void']);
    expect(compilePattern('$A && $A.$B').needles).toEqual(['&&']);
    expect(compilePattern('typeof $X === "undefined"').needles).toEqual(['typeof', '===']);
    expect(compilePattern('a?.b').needles).toEqual(['a', '?.', 'b']);
    // Strings and numbers are matched by value ('a' is "a"), so their spelling is no filter.
    expect(compilePattern('f("a", 0x10)').needles).toEqual(['f']);
  });

  it('never filters out a file that has a match (checked on real code)', () => {
    let matched = 0;
    // Each file parsed once for all the patterns: parsing, not matching, is what takes the time.
    const files = realFiles().map((file) => ({ ...file, tree: ts.createSourceFile(file.path, file.text, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS) }));
    for (const source of PATTERNS) {
      const pattern = compilePattern(source);
      for (const file of files) {
        if (findPatternMatches(pattern, file.tree).length === 0) continue;
        matched++;
        for (const needle of pattern.needles) expect(file.text.includes(needle), `${source}: ${file.path} matches but lacks ${needle}`).toBe(true);
        for (const sequence of pattern.sequences) expect(sequence.test(file.text), `${source}: ${file.path} matches but fails ${sequence}`).toBe(true);
      }
    }
    expect(matched).toBeGreaterThan(20); // the patterns do match this code
  });

  it('requires token sequences, allowing whatever a match may hold between the tokens', () => {
    // Each of these holds a match (the matcher looks through parentheses; comments and line
    // breaks may sit between tokens), so none may be filtered out.
    for (const text of ['void 0', 'void /* none */ 0', 'void(0)', 'void\n  0.0', 'x = void 0x0']) {
      expect(passes('void 0', text), text).toBe(true);
      expect(matches('void 0', text), text).toBe(1);
    }
    for (const text of ['Object.assign({}, a)', '(Object).assign({}, a)', 'Object\n  .assign({}, a)', 'Object /* o */ . assign({}, a)']) {
      expect(passes('Object.assign({}, $A)', text), text).toBe(true);
    }
    expect(passes('typeof $X', 'typeof(x)')).toBe(true);
    // The words alone are there, the sequence is not: a file that cannot match is skipped.
    expect(passes('void 0', 'function f(): void { return 0; }')).toBe(false);
    expect(passes('Object.assign({}, $A)', 'Object.keys(a); assign(b);')).toBe(false);
    expect(passes('new Error($M)', 'new Map(); throw Error(m);')).toBe(false);
    expect(passes('exports.$N = $V', 'module.exports = exports;')).toBe(false);
    expect(passes('typeof $X === "undefined"', 'typeof x === undefined')).toBe(false);
    expect(passes('typeof $X === "undefined"', "typeof x === 'undefined'")).toBe(true);
    expect(passes('$A instanceof Error', 'a instanceof\n  Error')).toBe(true);
  });

  it("requires a call's callee and arguments in sequence, and literals and signed numbers whole", () => {
    // Each holds a match however it is written: none may be filtered out.
    const held: [string, string][] = [
      ['Object.assign({}, $A)', 'Object.assign({}, a)'],
      ['Object.assign({}, $A)', '(Object.assign)( { /* none */ }, a)'],
      ['Object.assign({}, $A)', 'Object.assign(\n  ({}),\n  a,\n)'],
      ['Object.assign({}, $A)', 'Object.assign({ // none\n}, a)'],
      ['$A.indexOf($B) !== -1', 'a.indexOf(b) !== - 1'],
      ['$A.indexOf($B) !== -1', 'a.indexOf(b) !== -(0x1)'],
      ['$A.indexOf($B) !== -1', 'a.indexOf(b) !==-1.0'],
      ['f($A, [], $B)', 'f(x, [ ], y)'],
      ['f({ a: $X }, [1])', 'f({ a: 2 }, [1])'],
      ['$F.apply(this, arguments)', 'g.apply(this , /* all */ arguments)'],
      ['g(~$X, +$Y)', 'g(~ a, +(b))'],
      // A call ends with `)` and begins with its callee.
      ['$A.indexOf($B) !== -1', '(a.indexOf((b + ")"))) /* c */ !== -1'],
      ['$A.indexOf($B) !== -1', 'a.indexOf(b) // c\n  !== -1'],
      ['f(g($X), {})', 'f(g(h()), {})'],
      ['void g($X)', 'void (g)(1)'],
    ];
    for (const [source, text] of held) {
      expect(matches(source, text), `${source} in ${text}`).toBe(1);
      expect(passes(source, text), `${source} in ${text}`).toBe(true);
    }
    // The words are there, the sequence is not: a file that cannot match is skipped.
    const dropped: [string, string][] = [
      ['Object.assign({}, $A)', 'Object.assign(target, {}); x = {};'],
      ['Object.assign({}, $A)', 'Object.assign({ a: 1 }, b)'],
      ['$A.indexOf($B) !== -1', 'a.indexOf(b) !== 0; x = -1;'],
      ['$F.apply(this, arguments)', 'f.apply(this, args); g(arguments);'],
      ['f({}, [])', 'f({}, x); g([]);'],
      ['$A.indexOf($B) !== -1', 'a.indexOf(b) >= 0 && x !== -1;'],
      ['void g($X)', 'void 0; g(1);'],
    ];
    for (const [source, text] of dropped) {
      expect(matches(source, text), `${source} in ${text}`).toBe(0);
      expect(passes(source, text), `${source} in ${text}`).toBe(false);
    }
    // A list metavariable may stand for no argument (then no comma), and `?.(` and type arguments
    // are no match of a plain call: neither adds a sequence the code could lack.
    expect(passes('f($$$A, {})', 'f({})')).toBe(true);
    expect(matches('f($$$A, {})', 'f({})')).toBe(1);
    for (const source of ['f?.({})', 'f<T>({})']) {
      expect(matches(source, source), source).toBe(1);
      expect(passes(source, source), source).toBe(true);
    }
  });

  it('requires the code of a repeated metavariable before both of its fixed tokens, however it is written', () => {
    const held = [
      'a && a.b',
      '(a) && a.b',
      'a && (a).b',
      'f(x) && f(x).y',
      'a[0] && a[0].b',
      'this && this.x',
      'a! && a!.b',
      'a?.b && a?.b.c',
      "'s' && \"s\".length",
      'a /* c */ && a /* d */ .b',
      'a /* x /* y */ && a.b',
      'a\n  && a\n  .b',
      'x = b // c\n  && b.c',
      '\\u0061 && a.b',
      'a && \\u{61}.b',
      'café && café.b',
      '0x10 && (16).x',
      "f('a;b, c') && f('a;b, c').d",
      'a && /* x, y; */ a.b',
      'a && // x; y\n  a.b',
      'f(() => { g(); }, [1, 2]) && f(() => { g(); }, [1, 2]).x',
      'a?.b && a?.b.c ? 1 : 2',
    ];
    expectFiltered('$A && $A.$B', held, 1, true);
    expect(passes('$X != null && $X[0]', 'x != null && x[0]')).toBe(true);
    // `&&` is everywhere; the same code before it and before a later `.` is not.
    // Nor the code before the `.` outside the operand after `&&` (it ends at `)`, `;`, `,`, `?`, `:`, `||`).
    const elsewhere = ['if (a && b) {\n  a.c();\n}', 'x = a && b;\na.c();', 'f(a && b, a.c)', 'a && b ? a.c : d', "a && g(')') || a.b"];
    expectFiltered('$A && $A.$B', ['a && b.c', 'if (a && b) { c.d(); }', 'x && y;\nz.w;', 'a.b && c', ...elsewhere], 0, false);
    expect(passes('$X != null && $X[0]', 'x != null && y[0]')).toBe(false);
  });

  it('reads a gap between tokens one way only (regression: a real file with many comments hung the filter)', () => {
    // With comments that could end at any later `*/`, forty of them are 2^40 ways to try: this
    // test would never end. Read one way, it is instant.
    const comments = '/* a */ '.repeat(40);
    expect(passes('void 0', `void ${comments}x; /* b */`)).toBe(false);
    expect(passes('void 0', `void ${comments}0`)).toBe(true);
    expect(passes('Object.assign({}, $A)', `Object ${comments}x ${'// ( ( ( ( (\n'.repeat(40)}`)).toBe(false);
  });
});
