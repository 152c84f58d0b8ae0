import { describe, expect, it } from 'vitest';
import { applyPass } from '../../testing/fixtures.js';
import { findRuleMatches } from './evaluate.js';
import { rulesToPass } from './pass.js';
import { compileRule, parseRules } from './rules.js';
import { typedFile, withTypes } from './with-types.js';
import { parseSource } from '../../core/parse.js';
import { passMatches } from '../../core/pass.js';
import { processFile } from '../../runner/process-file.js';

function matchTexts(yaml: string, code: string, path = 'input.ts'): string[] {
  const [rule] = parseRules(yaml);
  const sourceFile = parseSource(path, code);
  return findRuleMatches(rule!, sourceFile).map((match) => sourceFile.text.slice(match.node.getStart(sourceFile), match.last.getEnd()));
}

function typedMatches(yaml: string, code: string): string[] {
  const [rule] = parseRules(yaml);
  const { sourceFile, checker } = typedFile('/input.ts', code);
  return findRuleMatches(rule!, sourceFile, checker).map((match) => match.node.getText(sourceFile));
}

describe('rule files', () => {
  it('reads several rules from YAML documents or a rules: list', () => {
    const documents = parseRules('id: one\npattern: a($X)\nrewrite: b($X)\n---\nid: two\npattern: c()\n');
    expect(documents.map((rule) => [rule.id, rule.rewrite !== undefined])).toEqual([
      ['one', true],
      ['two', false],
    ]);
    const list = parseRules('rules:\n  - id: one\n    pattern: a()\n  - id: two\n    pattern: b()\n');
    expect(list.map((rule) => rule.id)).toEqual(['one', 'two']);
  });

  it('rejects malformed rules with the rule and key named', () => {
    expect(() => parseRules('id: x\npattern: a(\n')).toThrow(/rule x.*does not parse/);
    expect(() => parseRules('id: x\npattern: a()\nrewirte: b()\n')).toThrow(/rule x: unknown key "rewirte"/);
    expect(() => parseRules('pattern: a()\n')).toThrow(/id is required/);
    expect(() => parseRules('id: x\nnot: a()\n')).toThrow(/needs a pattern/);
    expect(() => parseRules('id: x\npattern: a($A)\nwhere:\n  A: { kind: NotAKind }\n')).toThrow(/not a ts.SyntaxKind name/);
    expect(() => parseRules('id: x\npattern: a($A)\nwhere:\n  A: { regex: "(" }\n')).toThrow(/regex/);
    expect(() => parseRules('id: x\npattern: a()\n---\nid: x\npattern: b()\n')).toThrow(/duplicate rule id "x"/);
    expect(() => parseRules('id: x\npattern: a($A)\nwhere:\n  A: { assignableTo: "() => void" }\n')).toThrow(/FunctionType is not supported/);
    expect(() => parseRules('id: x\npattern: !!js/function "a"\n')).toThrow(/tags are not allowed/);
  });

  it('combines patterns with any, all and not', () => {
    const yaml = 'id: r\nall:\n  - any: [ "foo($A)", "bar($A)" ]\n  - not: "$_(0)"\n';
    expect(matchTexts(yaml, 'foo(1); bar(2); baz(3); foo(0);')).toEqual(['foo(1)', 'bar(2)']);
  });

  it('filters by inside and has, with bindings shared across them', () => {
    const inside = 'id: r\npattern: this.$P\ninside:\n  pattern: "function $F($$$A) { $$$B }"\n';
    expect(matchTexts(inside, 'function f() { this.a; }\nclass C { m() { this.b; } }')).toEqual(['this.a']);
    const has = 'id: r\npattern: "for (const $X of $L) { $$$B }"\nhas: "await $_"\n';
    expect(matchTexts(has, 'for (const a of b) { await a; }\nfor (const c of d) { c(); }')).toEqual(['for (const a of b) { await a; }']);
    const shared = 'id: r\npattern: "$O.remove($K)"\ninside: "if ($O.has($K)) { $$$B }"\n';
    expect(matchTexts(shared, 'if (m.has(k)) { m.remove(k); m.remove(j); n.remove(k); }')).toEqual(['m.remove(k)']);
  });

  it('applies where constraints: regex and kind', () => {
    const regex = 'id: r\npattern: require($M)\nwhere:\n  M: { regex: "^[\'\\"]lodash" }\n';
    expect(matchTexts(regex, "require('lodash'); require('lodash/map'); require('react');")).toEqual([
      "require('lodash')",
      "require('lodash/map')",
    ]);
    const kind = 'id: r\npattern: f($$$A)\nwhere:\n  A: { kind: [NumericLiteral, StringLiteral] }\n';
    expect(matchTexts(kind, "f(1, 'a'); f(1, x); f();")).toEqual(["f(1, 'a')", 'f()']);
  });

  it('applies files and ignores globs to the relative path', async () => {
    const rule = compileRule({ id: 'r', pattern: 'a()', rewrite: 'b()', files: ['src/**'], ignores: ['**/*.test.ts'] });
    const pass = rulesToPass([rule], { id: 'globs', title: 'Globs' });
    const run = async (relativePath: string): Promise<string> =>
      (await processFile({ path: `/repo/${relativePath}`, relativePath, text: 'a();' }, [{ pass, options: {} }])).status;
    expect(await run('src/x.ts')).toBe('changed');
    expect(await run('src/x.test.ts')).toBe('unchanged');
    expect(await run('lib/x.ts')).toBe('unchanged');
  });

  it('lets the runner skip files lacking an identifier every match needs', () => {
    const rules = parseRules('id: a\npattern: assert.equal($A, $B)\n---\nid: b\nany: ["legacy($X)", "old.api()"]\n');
    const pass = rulesToPass(rules, { id: 'filtered', title: 'Filtered' });
    expect(passMatches(pass, 'assert.ok(x); equal(y);')).toBe(false); // both words, but not `assert.equal`
    expect(passMatches(pass, 'assert\n  .equal(x, y);')).toBe(true); // the sequence, with a line break in it
    expect(passMatches(pass, 'assert.ok(x);')).toBe(false);
    expect(passMatches(pass, 'const old = 1;')).toBe(false);
    expect(passMatches(pass, 'legacy(1);')).toBe(true);
    const unfiltered = rulesToPass(parseRules('id: c\npattern: $A + $B\n'), { id: 'any-plus', title: 'Plus' });
    expect(passMatches(unfiltered, 'nothing here')).toBe(true);
  });

  it('is bounded (may run on the main thread, no time limit needed) unless a rule has a regex constraint', () => {
    const plain = parseRules('id: a\npattern: old($X)\nrewrite: next($X)\nwhere:\n  X: { kind: Identifier }\n');
    expect(rulesToPass(plain, { id: 'plain', title: 'Plain' }).bounded).toBe(true);
    // A user's regex may backtrack for ever on some text: only a worker thread can be stopped.
    const regex = parseRules('id: b\npattern: old($X)\nwhere:\n  X: { regex: "^(a+)+$" }\n');
    expect(rulesToPass([...plain, ...regex], { id: 'mixed', title: 'Mixed' }).bounded).toBe(false);
  });

  it('reports matches of a rule without rewrite as warnings', async () => {
    const pass = rulesToPass(parseRules('id: no-eval\nmessage: eval is unsafe\npattern: eval($X)\n'), { id: 'lint', title: 'Lint' });
    const result = await applyPass(pass, 'const a = 1;\neval(code);\n');
    expect(result.status).toBe('unchanged');
    expect(result.warnings).toEqual([{ passId: 'lint', message: 'eval is unsafe', line: 2, column: 1 }]);
  });
});

describe('type constraints', () => {
  const code = [
    'const list = [1, 2, 3];',
    'const set = new Set([1]);',
    'const wrapped = Promise.resolve("x");',
    'declare const loose: any;',
    'interface Box { items: string[] }',
    'declare const box: Box;',
    'use(list); use(set); use(wrapped); use(loose); use(box.items); use(box);',
    'declare function use(value: unknown): void;',
  ].join('\n');

  it('matches the checker type against a type pattern with metavariables', () => {
    const promise = 'id: r\npattern: use($X)\nwhere:\n  X: { type: "Promise<$T>" }\n';
    expect(typedMatches(promise, code)).toEqual(['use(wrapped)']);
    const array = 'id: r\npattern: use($X)\nwhere:\n  X: { type: "$T[]" }\n';
    expect(typedMatches(array, code)).toEqual(['use(list)', 'use(box.items)']);
  });

  it('checks assignability in the scope of the match, never for any', () => {
    const iterable = 'id: r\npattern: use($X)\nwhere:\n  X: { assignableTo: "Iterable<unknown>" }\n';
    expect(typedMatches(iterable, code)).toEqual(['use(list)', 'use(set)', 'use(box.items)']);
    const local = 'id: r\npattern: use($X)\nwhere:\n  X: { assignableTo: "Box" }\n';
    expect(typedMatches(local, code)).toEqual(['use(box)']);
  });

  it('makes the pass need types and fails clearly without a checker', async () => {
    const pass = rulesToPass(parseRules('id: r\npattern: use($X)\nrewrite: take($X)\nwhere:\n  X: { type: "$T[]" }\n'), {
      id: 'typed',
      title: 'Typed',
    });
    expect(pass.needs).toBe('types');
    const untyped = await applyPass(pass, 'use([1]);');
    expect(untyped.status === 'failed' && untyped.error.message).toMatch(/no type checker/);
    const typed = await applyPass(withTypes(pass), 'use([1]); use("a");');
    expect(typed.status === 'changed' && typed.after).toBe('take([1]); use("a");');
  });
});
