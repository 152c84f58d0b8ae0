import { describe, expect, it } from 'vitest';
import { definePass, type FileContext } from '../core/pass.js';
import type { ts } from '../core/parse.js';
import { processFile } from './process-file.js';

function renameIdentifiers(id: string, from: string, to: string) {
  return definePass({
    id,
    title: `Rename ${from}`,
    description: `Renames ${from} to ${to}.`,
    needs: 'syntax',
    match: [from],
    visit(ctx: FileContext) {
      const walk = (node: ts.Node): void => {
        if (ctx.ts.isIdentifier(node) && node.text === from) ctx.edits.replace(node, to);
        ctx.ts.forEachChild(node, walk);
      };
      walk(ctx.sourceFile);
    },
  });
}

const input = (text: string, path = '/p/file.ts') => ({ path, relativePath: 'file.ts', text });

/** A pass that reports each `@deprecated` JSDoc tag it sees: it needs JSDoc nodes. */
function deprecatedTags(jsdoc?: boolean) {
  return definePass({
    id: 'deprecated-tags',
    title: 'Count deprecated tags',
    description: 'Counts @deprecated JSDoc tags.',
    needs: 'syntax',
    ...(jsdoc === undefined ? {} : { jsdoc }),
    visit(ctx: FileContext) {
      const walk = (node: ts.Node): void => {
        if (ctx.ts.getJSDocDeprecatedTag(node)) ctx.stat('deprecated');
        ctx.ts.forEachChild(node, walk);
      };
      walk(ctx.sourceFile);
    },
  });
}

describe('processFile', () => {
  it('builds JSDoc nodes unless every pass of the run declares jsdoc: false', async () => {
    const text = '/** @deprecated use g */\nfunction f() {}\n';
    const count = async (passes: ReturnType<typeof deprecatedTags>[]) =>
      (await processFile(input(text), passes.map((pass) => ({ pass, options: {} })))).stats.deprecated ?? 0;
    // A pass that does not say (every third-party pass written before the flag) sees JSDoc.
    expect(await count([deprecatedTags()])).toBe(1);
    // Only when all passes say they never read it is it skipped (the faster parse).
    expect(await count([deprecatedTags(false)])).toBe(0);
    expect(await count([deprecatedTags(false), deprecatedTags()])).toBe(2);
  });

  it('runs passes in order, each on the previous output, and attributes the changes', async () => {
    const first = renameIdentifiers('first', 'a', 'b');
    const second = renameIdentifiers('second', 'b', 'c');
    const result = await processFile(input('const a = 1;\nconst z = 2;\n'), [
      { pass: first, options: {} },
      { pass: second, options: {} },
    ]);
    expect(result.status).toBe('changed');
    if (result.status !== 'changed') return;
    expect(result.after).toBe('const c = 1;\nconst z = 2;\n');
    expect(result.passes).toEqual(['first', 'second']);
    expect(result.attribution.map((entry) => entry.passId)).toEqual(['first', 'second']);
  });

  it('skips a pass whose match finds nothing without parsing', async () => {
    let parsed = false;
    const pass = definePass({
      id: 'never',
      title: 'Never',
      description: 'Needs a marker.',
      needs: 'syntax',
      match: ['MARKER'],
      visit(ctx) {
        parsed = Boolean(ctx.sourceFile);
      },
    });
    const result = await processFile(input('const x = 1;\n'), [{ pass, options: {} }]);
    expect(result.status).toBe('unchanged');
    expect(parsed).toBe(false);
  });

  it('refuses output that does not parse, naming the pass, and leaves the file as it was', async () => {
    const breaker = definePass({
      id: 'breaker',
      title: 'Breaker',
      description: 'Emits broken code.',
      needs: 'syntax',
      visit(ctx) {
        ctx.edits.insertAfter(ctx.sourceFile.statements[0]!, ' (((');
      },
    });
    const result = await processFile(input('const x = 1;\n'), [{ pass: breaker, options: {} }]);
    expect(result.status).toBe('failed');
    if (result.status !== 'failed') return;
    expect(result.error.kind).toBe('verify');
    expect(result.error.passId).toBe('breaker');
    expect(result.error.message).toMatch(/output does not parse: 1:/);
  });

  it('turns a throwing pass into a failed result with a one-line message', async () => {
    const thrower = definePass({
      id: 'thrower',
      title: 'Thrower',
      description: 'Throws.',
      needs: 'syntax',
      visit() {
        throw new Error('boom\nsecond line');
      },
    });
    const result = await processFile(input('x;\n'), [{ pass: thrower, options: {} }]);
    expect(result).toMatchObject({ status: 'failed', error: { kind: 'pass-threw', passId: 'thrower', message: 'boom' } });
  });

  it('skips input that does not parse', async () => {
    const result = await processFile(input('let x = (;\n'), [{ pass: renameIdentifiers('r', 'x', 'y'), options: {} }]);
    expect(result).toMatchObject({ status: 'skipped', reason: expect.stringMatching(/^cannot parse: 1:10 /) });
  });

  it('keeps CRLF line endings in text a pass inserts', async () => {
    const header = definePass({
      id: 'header',
      title: 'Header',
      description: 'Adds a two-line header.',
      needs: 'syntax',
      visit(ctx) {
        ctx.edits.insertBefore(0, '// one\n// two\n');
      },
    });
    const result = await processFile(input('a;\r\nb;\r\n'), [{ pass: header, options: {} }]);
    expect(result.status === 'changed' && result.after).toBe('// one\r\n// two\r\na;\r\nb;\r\n');
  });

  it('repeats the pass list up to maxRounds until nothing changes', async () => {
    // Each round unwraps one level of parentheses.
    const unwrap = definePass({
      id: 'unwrap',
      title: 'Unwrap',
      description: 'Removes one level of redundant parentheses per run.',
      needs: 'syntax',
      visit(ctx) {
        const walk = (node: ts.Node): void => {
          if (ctx.ts.isParenthesizedExpression(node)) {
            ctx.edits.replace(node, node.expression.getText(ctx.sourceFile));
            return;
          }
          ctx.ts.forEachChild(node, walk);
        };
        walk(ctx.sourceFile);
      },
    });
    const once = await processFile(input('x = (((1)));\n'), [{ pass: unwrap, options: {} }]);
    const many = await processFile(input('x = (((1)));\n'), [{ pass: unwrap, options: {} }], { maxRounds: 5 });
    expect(once.status === 'changed' && once.after).toBe('x = ((1));\n');
    expect(many.status === 'changed' && many.after).toBe('x = 1;\n');
    expect(many.warnings).toEqual([]);
    const cut = await processFile(input('x = (((1)));\n'), [{ pass: unwrap, options: {} }], { maxRounds: 2 });
    expect(cut.status === 'changed' && cut.after).toBe('x = (1);\n');
    expect(cut.warnings).toEqual([
      { passId: 'codemorph', message: 'still changing after 2 rounds (--max-rounds); another run may change more' },
    ]);
  });

  it('turns the ts-morph escape hatch into ordinary edits', async () => {
    const morph = definePass({
      id: 'morph',
      title: 'Morph',
      description: 'Renames a function with ts-morph.',
      needs: 'syntax',
      visit(ctx) {
        ctx.mutate((file) => file.getFunctionOrThrow('f').rename('g'));
      },
    });
    const result = await processFile(input('function f() {}\nf();\n'), [{ pass: morph, options: {} }]);
    expect(result.status === 'changed' && result.after).toBe('function g() {}\ng();\n');
  });

  it('records warnings with their position', async () => {
    const warner = definePass({
      id: 'warner',
      title: 'Warner',
      description: 'Warns.',
      needs: 'syntax',
      visit(ctx) {
        ctx.warn('left alone', ctx.sourceFile.statements[1]);
      },
    });
    const result = await processFile(input('a;\n  b;\n'), [{ pass: warner, options: {} }]);
    expect(result.warnings).toEqual([{ passId: 'warner', message: 'left alone', line: 2, column: 3 }]);
  });
});

describe('processFile: passes that decline a file (ctx.skip)', () => {
  const decliner = (id: string) =>
    definePass({
      id,
      title: 'Decline',
      description: 'Declines files without an import.',
      needs: 'syntax',
      parses: false,
      visit(ctx: FileContext) {
        if (!ctx.text.includes('import')) ctx.skip('no imports here');
      },
    });

  it('reports the file as skipped, with the reason and the pass, when every pass that ran declined it', async () => {
    const result = await processFile(input('const a = 1;\n'), [{ pass: decliner('decline'), options: {} }]);
    expect(result).toMatchObject({ status: 'skipped', reason: 'no imports here', passes: ['decline'] });
  });

  it('is unchanged when another pass ran and changed nothing, and changed when another pass changed it', async () => {
    const idle = renameIdentifiers('idle', 'zzz', 'yyy');
    const noMatch = await processFile(input('const zzz = 1;\n'.replace('zzz', 'q')), [
      { pass: decliner('decline'), options: {} },
      { pass: { ...idle, match: undefined }, options: {} },
    ]);
    expect(noMatch.status).toBe('unchanged');
    const changed = await processFile(input('const zzz = 1;\n'), [
      { pass: decliner('decline'), options: {} },
      { pass: idle, options: {} },
    ]);
    expect(changed.status).toBe('changed');
  });
});
