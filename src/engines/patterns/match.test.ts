import { describe, expect, it } from 'vitest';
import { compilePattern } from './pattern.js';
import { searchText } from './search.js';

function find(pattern: string, code: string, path = 'input.ts'): string[] {
  return searchText(path, code, compilePattern(pattern)).map((match) => match.text);
}

function bindings(pattern: string, code: string): Array<Record<string, string>> {
  return searchText('input.ts', code, compilePattern(pattern)).map((match) => ({ ...match.bindings }));
}

describe('compilePattern', () => {
  it('parses expressions first, then statements, then types', () => {
    expect(compilePattern('foo($A)').shape.kind).toBe('node');
    const statement = compilePattern('const $X = require($M);');
    expect(statement.shape.kind === 'node' && statement.shape.node.kind).toBe(compilePattern('let a = 1;').shape.kind === 'node' && (compilePattern('let a = 1;').shape as { node: { kind: number } }).node.kind);
    expect(compilePattern('a(); b();').shape.kind).toBe('statements');
    const type = compilePattern('Promise<$T> | undefined');
    expect(type.shape.kind === 'node' && type.shape.node.parent.kind).not.toBeUndefined();
  });

  it('records metavariables, including list wrappers, and the identifiers a match needs', () => {
    const pattern = compilePattern('function $F($$$P) { $$$B }');
    const names = [...pattern.metavars.values()].map((metavar) => `${metavar.list ? '$$$' : '$'}${metavar.name}`);
    expect(names.sort()).toEqual(['$$$B', '$$$P', '$F']);
    expect([...compilePattern('assert.equal($A, $B)').needles].sort()).toEqual(['assert', 'equal']);
  });

  it('rejects text that is not code', () => {
    expect(() => compilePattern('foo(')).toThrow(/does not parse/);
    expect(() => compilePattern('  ')).toThrow(/empty/);
  });
});

describe('matching', () => {
  it('matches syntax, not text: whitespace, comments and parentheses do not block a match', () => {
    const code = [
      'foo(1);',
      'foo( /* one */ 1 );',
      '(foo)(((1)));',
      'foo(\n  1,\n);',
      'foo(2);',
      'foo(1, 2);',
      'bar.foo(1);',
    ].join('\n');
    expect(find('foo(1)', code)).toEqual(['foo(1)', 'foo( /* one */ 1 )', '(foo)(((1)))', 'foo(\n  1,\n)']);
  });

  it('binds one node per $NAME and requires equal code for a repeated name', () => {
    const code = 'a.b === a . b; a.b === /* x */ (a.b); a.b === a.c; f(x) == f(y);';
    expect(find('$A === $A', code)).toEqual(['a.b === a . b', 'a.b === /* x */ (a.b)']);
    expect(find('$_ == $_', code)).toEqual(['f(x) == f(y)']);
  });

  it('compares string literals by value and keeps operators, let/const and type-only apart', () => {
    expect(find("require('fs')", 'require("fs"); require(`fs`); require("path");')).toEqual(['require("fs")']);
    expect(find('-$X', '-a; +a; !a;')).toEqual(['-a']);
    expect(find('const $X = 1;', 'let a = 1; const b = 1; var c = 1;')).toEqual(['const b = 1;']);
    expect(find("import type { $A } from 'm';", "import { a } from 'm';\nimport type { b } from 'm';")).toEqual([
      "import type { b } from 'm';",
    ]);
  });

  it('matches lists with $$$NAME: arguments, elements, parameters, properties, statements', () => {
    expect(bindings('foo($A, $$$REST)', 'foo(1); foo(1, 2, 3); foo();')).toEqual([
      { A: '1', REST: '' },
      { A: '1', REST: '2, 3' },
    ]);
    expect(bindings('[$$$XS, last]', '[last]; [a, b, last]; [a, b];')).toEqual([{ XS: '' }, { XS: 'a, b' }]);
    expect(find('function $F($$$P) { $$$B }', 'function a() {}\nfunction b(x, y) { return x; }\nconst c = function () {};')).toEqual([
      'function a() {}',
      'function b(x, y) { return x; }',
    ]);
    expect(bindings('({ $$$P, type: $T })', "x = { a: 1, type: 'b' }; y = { type: 'c' }; z = { type: 'd', a: 1 };")).toEqual([
      { P: 'a: 1', T: "'b'" },
      { P: '', T: "'c'" },
    ]);
    expect(bindings('{ $$$BEFORE, type: $T, $$$AFTER }', "x = { a: 1, type: 'b', c: 2 }; y = { type: 'c' }; z = { a: 1 };")).toEqual([
      { BEFORE: 'a: 1', T: "'b'", AFTER: 'c: 2' },
      { BEFORE: '', T: "'c'", AFTER: '' },
    ]);
    expect(bindings('if ($C) { $$$B }', 'if (a) { one(); two(); } if (b) three();')).toEqual([
      { C: 'a', B: 'one(); two();' },
    ]);
  });

  it('matches a run of statements for a multi-statement pattern', () => {
    const code = 'function f() {\n  const a = load();\n  use(a);\n  other();\n}\nconst b = load();\nuse(c);\n';
    expect(bindings('const $X = load(); use($X);', code)).toEqual([{ X: 'a' }]);
  });

  it('matches statements, members and types wherever they stand', () => {
    expect(find('class $C { $$$M }', 'class A { x = 1; m() {} }\nclass B extends A {}')).toEqual(['class A { x = 1; m() {} }']);
    expect(find('Promise<$T>', 'let p: Promise<string>; let q: Array<Promise<number[]>>; let r: Promise;')).toEqual([
      'Promise<string>',
      'Promise<number[]>',
    ]);
    expect(find('if ($C) $S', 'if (a) b(); if (c) { d(); } if (e) f(); else g();')).toEqual(['if (a) b();', 'if (c) { d(); }']);
  });

  it('reports nested matches too, outer first', () => {
    expect(find('f($A)', 'f(f(f(1)));')).toEqual(['f(f(f(1)))', 'f(f(1))', 'f(1)']);
  });

  it('matches JSX in .tsx files', () => {
    const jsx = searchText('a.tsx', 'const a = <div className={x}>hi {y}</div>;', compilePattern('<div className={$C}>{$$$K}</div>'));
    expect(jsx.map((match) => match.bindings)).toEqual([{ C: 'x', K: 'hi {y}' }]);
    expect(compilePattern('<div>{$X}</div>').shape.kind).toBe('node');
    expect(searchText('a.tsx', 'const a = <div>{x}</div>; const b = <span>{x}</span>;', compilePattern('<div>{$X}</div>')).map((m) => m.bindings)).toEqual([
      { X: 'x' },
    ]);
  });
});
