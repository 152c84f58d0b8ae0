import { describe, expect, it } from 'vitest';
import { expectFiltered, matches, passes } from './prefilter-checks.js';

// The pre-filter's rule for the left operand of `$A && $A.$B` (left-operand.ts): it must be the
// same code as the object of the access on the right.

describe('pattern pre-filter, the left operand of $A && $A.$B', () => {
  it('drops a file where the code before `&&` is surely not the whole left operand or not the same code', () => {
    const dropped = [
      'f(a) && a.b',
      'isAddress(u) && u._tag',
      'x && a && a.b',
      'x.y && y.z',
      'a.x && x.b',
      'x || y && a && a.b',
      'typeof x === "object" && x.y',
      'x === a && a.b',
      'a[0] && a.b',
      'a[i] && a[j].b',
      'this.a && a.b',
      'a!() && a.b',
      'f(a)(b) && b.c',
      'x\n(a) && a.b', // no ASI before `(`: a call
      '!a && a.b',
      'x = !a && a.b',
      '-a && a.b',
      'x + a && a.b',
      'x.a && a.b',
      '`${a}` && a.b',
      'f(() => a) && a.b',
      'f({ a }) && a.b',
      '"a" && a.b',
      'a?.b && b.c',
      'a + b && b.c',
      'x = a,\n  y = b && a.b',
      '"k" in a && a.b',
      "if (0 in a && a.b) {}",
      'typeof a && a.b',
      'x instanceof a && a.b',
      'a && typeof a.b',
      'a && (void a.b)',
      'a && x in a.b',
      // The right code holds an operator, the left one is simple: they differ.
      'f(a, b) && a.x < b.y',
      'if (x && y < 0.5) {}',
      'x = y > 0.5 && y < 1',
      'n % 3 &&\n  this.a().b() > 0.5',
      'a.b >= 0.0 && a.b <= 1.0',
      'x = (!!a && a.b)',
      'x = a && (a = b).c',
      'x = a && (b ? a : c).d',
    ];
    expectFiltered('$A && $A.$B', dropped, 0, false);
  });

  it('keeps every file where the left operand may be the same code, however it is written', () => {
    const held = [
      'a && a.b',
      '(a) && a.b',
      '((a)) && ((a)).b',
      'a && (a).b',
      'a && (a.b)',
      'f(a && a.b)',
      '[a && a.b]',
      'x = a && a.b',
      'x += a && a.b',
      'x ? a && a.b : c',
      'x ? c : a && a.b',
      'return a && a.b',
      'case a && a.b:',
      'yield a && a.b',
      'x || a && a.b',
      'x ?? a && a.b',
      'x => a && a.b',
      'if (x) a && a.b',
      'if (x) {}\na && a.b',
      'x\na && a.b', // ASI
      'x++\na && a.b',
      'x = /re/\na && a.b',
      'x!\na && a.b',
      'y = x as A<B>\na && a.b',
      'x.y && x.y.z',
      'x[0] && x[0].y',
      'x["k"] && x[\'k\'].y',
      'x[0x10] && x[16].y',
      'f(a, b) && f(a, b,).c',
      'f(a, b,) && f(a, b).c',
      'a.b() && a.b().c',
      'a!.b && a!.b.c',
      'a! && a!.b',
      'x = !a && (!a).b',
      'this && this.a',
      'this.a && this.a.b',
      'a?.b && a?.b.c',
      'a /* x */ && a.b',
      '/* x */ a && a.b',
      'f(/* ( */ a) && a.b',
      'x // y (\na && a.b',
      'a\u00a0&& a.b',
      '\u00a0a && a.b',
      '1.5 && 1.5.toFixed',
      'x = 1\n;(a) && a.b',
      'x = {\n}\n(a) && a.b',
      'f()\n!a && (!a).b',
      'async function f() { await a && a.b }',
      'for (k in a && a.b) {}',
      'for (k of a && a.b) {}',
      'x = typeof a && a.b',
      'export default a && a.b',
      '...a && a.b',
      'x\n++a && (++a).b',
      'typeof a && (typeof a).b',
      'x.typeof\na && a.b',
      'x.in\na && a.b',
      'a && x.in.b && a.b',
      'k in a && (k in a).b',
      'x = 0.5 && 0.5.toFixed',
      'x = 1.5 && (1.5).toFixed',
      'x = !!a && (!!a).b',
      'x = a + b && (a + b).c',
      'x = f(a < b) && f(a < b).c',
      'x = a[b ? 1 : 2] && a[b ? 1 : 2].c',
    ];
    // A type or a statement's head before `(` or `[` ends the code before (found by a differential fuzz).
    const typesAndHeads = [
      'x = y as T\n(a) && a.b',
      'x = y as T(a) && a.b', // an error, after which the parser starts anew at `(a)`
      'let x: T\n(a) && a.b',
      'type X = T\n(a) && a.b',
      'function f(): T\n(a) && a.b',
      'x = y as T[]\n[a] && [a].b',
      'x = y satisfies T\n(a) && a.b',
      'let x: {a: T}[]\n(a) && a.b',
      'if (x)\n(a) && a.b',
      'while (x) (a) && a.b',
      'export default !!(a) ?? (!!a).b',
      // Errors the parser recovers from: the text after them begins anew.
      'a."s" && "s".b',
      'a.!a && a.b',
      'async ++a[0] ?? (a[0]).b',
    ];
    for (const text of [...held, ...typesAndHeads]) {
      const source = text.includes('??') ? '$A ?? $A.$B' : '$A && $A.$B';
      const count = matches(source, text);
      if (typesAndHeads.includes(text)) expect(count, text).toBe(1);
      if (count === 0) continue; // some are kept only because the text cannot tell
      expect(passes(source, text), text).toBe(true);
    }
    // And after `||` and `??`, which bind looser than `&&`: `x && a || a.b` is `(x && a) || a.b`.
    expect(passes('$A || $A.$B', 'x && a || a.b')).toBe(false);
    // TypeScript ranks `??` with `||`: `x ?? a || a.b` is `(x ?? a) || a.b`, `x ?? a && a.b` is `x ?? (a && a.b)`.
    expect(matches('$A || $A.$B', 'x ?? a || a.b')).toBe(0);
    expect(passes('$A || $A.$B', 'x ?? a || a.b')).toBe(false);
    expect(passes('$A ?? $A.$B', 'x || a ?? a.b')).toBe(false);
    expect(passes('$A ?? $A.$B', 'x ?? a ?? a.b')).toBe(false);
    expect(passes('$A ?? $A.$B', 'x ? a ?? a.b : c')).toBe(true);
    expect(matches('$A && $A.$B', 'x ?? a && a.b')).toBe(1);
  });
});
