import { definePass } from '../../src/core/pass.js';
import { acceptCheckedGroups, isTypeScriptFile, recordTreeEdits } from '../shared/type-gate.js';
import { strippedCommentEdits } from './jsdoc-comments.js';
import { jsdocGroups } from './jsdoc-targets.js';

export const pass = definePass({
  id: 'ts-types-from-jsdoc',
  title: 'TypeScript annotations from JSDoc types',
  description:
    'In TypeScript files (after a JavaScript file was renamed), turns `@param {T}`, `@returns {T}`, `@type {T}`, ' +
    '`@template` and `@this` into annotations, type parameters and `this` parameters, comments made of ' +
    '`@typedef` / `@callback` into `type` declarations, and `/** @type {T} */ (value)` assertions into ' +
    '`(value as T)`. JSDoc-only syntax is translated: `?T` to `T | null`, `!T` to `T`, `Array.<T>` to `T[]`, ' +
    '`Object.<K, V>` to `Record<K, V>`, `function(A): R` to `(arg0: A) => R`, `[name]` and `T=` to optional ' +
    'parameters, `...T` to `T[]`; `*` and `?` become `unknown`, or `any` where `unknown` does not type-check. Each ' +
    'annotation is kept only when the file and the files importing it have no type error they did not have ' +
    'before. The `{T}` of a converted tag is removed from the comment; descriptions stay. Counts `annotations.jsdoc` ' +
    '(and `any.jsdoc`: those of them that say `any`).',
  needs: 'types',
  version: '1',
  match: ['@param', '@return', '@type', '@typedef', '@callback', '@template', '@this'],
  visit(ctx) {
    if (!isTypeScriptFile(ctx.path)) {
      ctx.skip('not a TypeScript file (JSDoc types already type JavaScript)');
      return;
    }
    const groups = jsdocGroups(ctx.ts, ctx.sourceFile);
    if (groups.length === 0) return;
    const accepted = acceptCheckedGroups(ctx, groups);
    const kept = new Set(accepted.map((group) => group.data));
    for (const group of groups) {
      const tag = group.data.tags[0];
      if (!kept.has(group.data) && tag) ctx.warn(`@${tag.tagName.text} type left in the comment: as an annotation it would add a type error`, tag);
    }
    if (accepted.length === 0) return;
    const tags = accepted.flatMap((group) => group.data.tags);
    const edits = [...accepted.flatMap((group) => group.edits), ...strippedCommentEdits(ctx.ts, ctx.sourceFile, tags)];
    if (!recordTreeEdits(ctx, edits)) {
      ctx.warn('left alone: the type checker saw a different text for this file');
      return;
    }
    ctx.stat('annotations.jsdoc', accepted.reduce((sum, group) => sum + group.data.annotations, 0));
    // Where the JSDoc left a type open (`*`, `Object`, `Array`) and only `any` type-checks, the
    // annotation says `any`: counted apart, so a summary of `any` added can include them.
    const withAny = accepted.filter((group) => group.edits.some((edit) => /(^|[^\w$.'"])any\b/.test(edit.text))).length;
    if (withAny > 0) ctx.stat('any.jsdoc', withAny);
  },
});
