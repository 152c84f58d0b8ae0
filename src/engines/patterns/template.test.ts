import { describe, expect, it } from 'vitest';
import { applyPass } from '../../testing/fixtures.js';
import { createRewritePass } from './pass.js';

async function rewrite(pattern: string, to: string, code: string, path = 'input.ts'): Promise<string> {
  const result = await applyPass(createRewritePass({ pattern, to }), code, { path });
  if (result.status === 'failed') throw new Error(result.error.message);
  return result.status === 'changed' ? result.after : code;
}

describe('templates', () => {
  it('substitutes bindings with their original text, comments included', async () => {
    const code = 'assert.equal(actual /* got */, {\n  a: 1, // one\n});\n';
    expect(await rewrite('assert.equal($A, $B)', 'assert.strictEqual($A, $B)', code)).toBe(
      'assert.strictEqual(actual /* got */, {\n  a: 1, // one\n});\n',
    );
  });

  it('indents a multi-line template to the line where the match starts', async () => {
    const code = 'function f() {\n  if (ok) {\n    legacy(x);\n  }\n}\n';
    const to = 'try {\n  modern($A);\n} catch (error) {\n  report(error);\n}';
    expect(await rewrite('legacy($A);', to, code)).toBe(
      'function f() {\n  if (ok) {\n    try {\n      modern(x);\n    } catch (error) {\n      report(error);\n    }\n  }\n}\n',
    );
  });

  it("converts the template's indentation step to the file's (4 spaces, tabs)", async () => {
    const to = 'const $N = ($$$P) => {\n  $$$B\n};';
    const fourSpaces = 'class A {}\nfunction add(a, b) {\n    if (a) {\n        return a + b;\n    }\n    return b;\n}\n';
    expect(await rewrite('function $N($$$P) { $$$B }', to, fourSpaces, 'input.js')).toBe(
      'class A {}\nconst add = (a, b) => {\n    if (a) {\n        return a + b;\n    }\n    return b;\n};\n',
    );
    const tabs = 'if (x) {\n\tfunction add(a, b) {\n\t\tif (a) {\n\t\t\treturn a + b;\n\t\t}\n\t}\n}\n';
    expect(await rewrite('function $N($$$P) { $$$B }', to, tabs, 'input.js')).toBe(
      'if (x) {\n\tconst add = (a, b) => {\n\t\tif (a) {\n\t\t\treturn a + b;\n\t\t}\n\t};\n}\n',
    );
  });

  it('keeps CRLF line endings in CRLF files', async () => {
    const code = 'function f() {\r\n  legacy(a, () => {\r\n    go();\r\n\r\n    stop();\r\n  });\r\n}\r\n';
    expect(await rewrite('legacy($A, $F);', 'modern($A);\nthen($F);', code)).toBe(
      'function f() {\r\n  modern(a);\r\n  then(() => {\r\n    go();\r\n\r\n    stop();\r\n  });\r\n}\r\n',
    );
  });

  it('re-indents a multi-line binding relative to where it lands', async () => {
    const code = [
      'describe("x", () => {',
      '  wrap(',
      '    function () {',
      '      return 1;',
      '    },',
      '  );',
      '});',
      '',
    ].join('\n');
    expect(await rewrite('wrap($F);', 'const handler = $F;', code)).toBe(
      ['describe("x", () => {', '  const handler = function () {', '    return 1;', '  };', '});', ''].join('\n'),
    );
  });

  it('leaves the lines of template literals alone when re-indenting', async () => {
    const code = 'class A {\n  m() {\n    return sql(`\n  select *\nfrom t`);\n  }\n}\n';
    const out = await rewrite('sql($Q)', 'db.query(\n  $Q,\n)', code);
    expect(out).toBe('class A {\n  m() {\n    return db.query(\n      `\n  select *\nfrom t`,\n    );\n  }\n}\n');
  });

  it('keeps the layout of a whole list bound by $$$NAME (line breaks, trailing comma)', async () => {
    const code = 'function f() {\n  assert.equal(\n    actual,\n    expected, // why\n  );\n}\n';
    expect(await rewrite('assert.equal($$$ARGS)', 'assert.strictEqual($$$ARGS)', code)).toBe(
      'function f() {\n  assert.strictEqual(\n    actual,\n    expected, // why\n  );\n}\n',
    );
    expect(await rewrite('wrap($$$ARGS)', 'outer(inner($$$ARGS))', 'x = wrap(\n  a,\n  b,\n);\n')).toBe(
      'x = outer(inner(\n  a,\n  b,\n));\n',
    );
  });

  it('warns when a rewrite drops a comment the template has no place for', async () => {
    const pass = createRewritePass({ pattern: 'assert.equal($A, $B)', to: 'assert.strictEqual($A, $B)' });
    const result = await applyPass(pass, 'assert.equal(\n  a,\n  b, // why\n);\nassert.equal(c /* kept */, d);\n');
    expect(result.status === 'changed' && result.after).toBe('assert.strictEqual(a, b);\nassert.strictEqual(c /* kept */, d);\n');
    expect(result.warnings.map((warning) => [warning.line, warning.message])).toEqual([
      [1, 'rewrite: the rewrite drops a comment: // why'],
    ]);
  });

  it('drops a separator next to an empty list binding', async () => {
    expect(await rewrite('call($F, $$$ARGS)', 'invoke($F, null, $$$ARGS)', 'call(f); call(g, 1, 2);')).toBe(
      'invoke(f, null); invoke(g, null, 1, 2);',
    );
    expect(await rewrite('call($F, $$$ARGS)', 'invoke($$$ARGS, $F)', 'call(f);')).toBe('invoke(f);');
  });

  it('parenthesizes a bound expression where the template slot binds tighter', async () => {
    expect(await rewrite('_.map($A, $F)', '$A.map($F)', 'const y = _.map(a || [], (v) => v + 1);')).toBe(
      'const y = (a || []).map((v) => v + 1);',
    );
    expect(await rewrite('_.map($A, $F)', '$A.map($F)', 'const y = _.map(a.b, f);')).toBe('const y = a.b.map(f);');
    expect(await rewrite('negate($A)', '-$A', 'negate(a - b); negate(a.b);')).toBe('-(a - b); -a.b;');
    expect(await rewrite('wrap($A)', '() => $A', 'wrap({ a: 1 });')).toBe('() => ({ a: 1 });');
  });

  it('keeps the template semicolon once when a statement is bound', async () => {
    const code = 'if (a) {\n  go();\n}\n';
    expect(await rewrite('if ($C) { $S }', 'if (!($C)) return;\n$S;', code)).toBe('if (!(a)) return;\ngo();\n');
  });

  it('rewrites the outermost of nested matches in one round and the rest in the next', async () => {
    const pass = createRewritePass({ pattern: 'f($A)', to: 'g($A)' });
    const one = await applyPass(pass, 'f(f(f(1)));');
    expect(one.status === 'changed' && one.after).toBe('g(f(f(1)));');
    expect(one.stats).toEqual({ rewrite: 1, 'overlaps-left-for-next-round': 2 });
    const all = await applyPass(pass, 'f(f(f(1)));', { maxRounds: 5 });
    // A match already in its target form takes no room: the ones inside it go in the same round.
    const same = await applyPass(createRewritePass({ pattern: 'f($A)', to: 'f($A)' }), 'f(f(1));');
    expect(same.status).toBe('unchanged');
    const inner = await applyPass(createRewritePass({ pattern: 'wrap($A)', to: 'wrap($A)' }), 'wrap(1);');
    expect(inner.stats).toEqual({});
    const dropExtra = createRewritePass({ pattern: 'only($A, $$$REST)', to: 'only($A)' });
    const once = await applyPass(dropExtra, 'only(only(1, 2));');
    expect(once.status === 'changed' && once.after).toBe('only(only(1));');
    expect(once.stats).toEqual({ rewrite: 1 });
    expect(all.status === 'changed' && all.after).toBe('g(g(g(1)));');
  });
});
