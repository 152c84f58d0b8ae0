import { definePass } from '../../src/core/pass.js';
import { acceptCheckedGroups, isTypeScriptFile, recordTreeEdits, type EditGroup } from '../shared/type-gate.js';
import { usageGroups, type Source } from './code-fixes.js';
import { emptyObjectGroups } from './empty-objects.js';

export const pass = definePass({
  id: 'ts-types-from-usage',
  title: 'TypeScript annotations inferred from usage',
  description:
    'In TypeScript files, annotates parameters and variables that are implicitly `any` with the type TypeScript\'s ' +
    '"Infer type from usage" fix derives from how they are used and what call sites pass (a parameter only called ' +
    'with object literals gets their shape), and `const x = {}` filled in by later assignments with the shape ' +
    'they give it (`{ a?: number }`, or `Record<string, T>` for computed keys). An inferred type that contains ' +
    '`any` is not written, and each annotation is kept only when the file and the files importing it have no ' +
    'type error they did not have before. Counts `annotations.usage` and `annotations.literal`.',
  needs: 'types',
  version: '1',
  jsdoc: false,
  visit(ctx) {
    if (!isTypeScriptFile(ctx.path)) {
      ctx.skip('not a TypeScript file');
      return;
    }
    const groups: EditGroup<Source>[] = [...emptyObjectGroups(ctx), ...usageGroups(ctx)];
    if (groups.length === 0) return;
    const accepted = acceptCheckedGroups(ctx, groups);
    if (accepted.length === 0) return;
    if (!recordTreeEdits(ctx, accepted.flatMap((group) => group.edits))) {
      ctx.warn('left alone: the type checker saw a different text for this file');
      return;
    }
    const literal = accepted.filter((group) => group.data === 'literal').length;
    if (accepted.length > literal) ctx.stat('annotations.usage', accepted.length - literal);
    if (literal > 0) ctx.stat('annotations.literal', literal);
  },
});
