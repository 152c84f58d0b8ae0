import { describe, expect, it } from 'vitest';
import { takesTreeWithoutParents } from '../core/lazy-parents.js';
import { definePass, type FileContext } from '../core/pass.js';
import type { ts } from '../core/parse.js';
import { createRewritePass, rulesToPass } from '../engines/patterns/pass.js';
import { compileRule } from '../engines/patterns/rules.js';
import { processFile } from './process-file.js';

const input = (text: string) => ({ path: '/p/file.ts', relativePath: 'file.ts', text });

/** Records, for the first identifier of the file, whether it had a parent when the pass saw it. */
function parentProbe(seen: boolean[]) {
  return definePass({
    id: 'probe',
    title: 'Probe',
    description: 'Looks at parents.',
    needs: 'syntax',
    visit(ctx: FileContext) {
      const first = (node: ts.Node): ts.Node | undefined => (ctx.ts.isIdentifier(node) ? node : ctx.ts.forEachChild(node, first));
      seen.push(first(ctx.sourceFile)?.parent !== undefined);
    },
  });
}

describe('pattern passes without parent pointers', () => {
  it('match on a tree without parents, set them on a match, and leave a later pass a tree with them', async () => {
    const rewrite = createRewritePass({ pattern: 'f($A, 1)', to: 'g($A)' });
    expect(takesTreeWithoutParents(rewrite)).toBe(true);
    const seen: boolean[] = [];
    // Passes the pre-filter (`f`, `1`), holds no match: the tree is parsed without parents, and the probe after it gets them.
    const unmatched = await processFile(input('f(a, 2); const x = 1;'), [{ pass: rewrite, options: {} }, { pass: parentProbe(seen), options: {} }]);
    expect(unmatched.status).toBe('unchanged');
    const matched = await processFile(input('f(a, 1); f(b, 1) + f(c, 2);'), [{ pass: rewrite, options: {} }, { pass: parentProbe(seen), options: {} }]);
    expect(matched).toMatchObject({ status: 'changed', after: 'g(a); g(b) + f(c, 2);' });
    expect(seen).toEqual([true, true]);
  });

  it('are not asked to when a rule reads parents or bound text (inside, where)', () => {
    const inside = compileRule({ id: 'in-loop', pattern: 'f($A)', inside: { pattern: 'while ($C) { $$$B }' }, rewrite: 'g($A)' }, 'rules.yml');
    const where = compileRule({ id: 'named', pattern: 'f($A)', where: { A: { regex: '^a' } }, rewrite: 'g($A)' }, 'rules.yml');
    const plain = compileRule({ id: 'plain', pattern: 'f($A)', rewrite: 'g($A)' }, 'rules.yml');
    expect([[inside], [where], [plain, inside], [plain]].map((rules) => takesTreeWithoutParents(rulesToPass(rules, { id: 'r', title: 'R' })))).toEqual([false, false, false, true]);
  });
});
