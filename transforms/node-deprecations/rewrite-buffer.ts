import type { ts } from 'ts-morph';
import type { RewriteContext } from './rewrite-util.js';

export type BufferMethod = 'alloc' | 'from';

/**
 * DEP0005: `new Buffer(x)` / `Buffer(x)` to `Buffer.alloc` / `Buffer.from` when the argument says
 * which (or, given `decide`, when the type checker does). `trusted` says whether the callee is the
 * real Buffer. Returns whether it recorded the replacement.
 */
export function rewriteBuffer(
  ctx: RewriteContext,
  node: ts.CallExpression | ts.NewExpression,
  trusted: (callee: ts.Expression) => boolean,
  decide?: (arg: ts.Expression) => BufferMethod | undefined,
): boolean {
  const t = ctx.ts;
  const callee = node.expression;
  if (!trusted(callee)) return false;
  const args = node.arguments ?? [];
  const [first, second] = args;
  const stringLike = (arg: ts.Expression | undefined): boolean =>
    !!arg && (t.isStringLiteral(arg) || t.isNoSubstitutionTemplateLiteral(arg) || t.isTemplateExpression(arg));
  let method: 'alloc' | 'from' | undefined;
  if (args.length === 1 && first && t.isNumericLiteral(first)) method = 'alloc';
  else if (args.length === 1 && first && (stringLike(first) || t.isArrayLiteralExpression(first))) method = 'from';
  else if (args.length === 2 && stringLike(first) && second && t.isStringLiteral(second)) method = 'from';
  else if (args.length === 1 && first && !t.isSpreadElement(first) && decide) method = decide(first);
  if (!method) {
    ctx.warn('Buffer() is deprecated (DEP0005); the argument could be a size or data, so it is left alone: use Buffer.alloc(size) or Buffer.from(data)', node);
    return false;
  }
  const argsText = args.map((arg) => arg.getText(ctx.sourceFile)).join(', ');
  const [start, end] = [node.getStart(ctx.sourceFile), node.getEnd()];
  if (ctx.edits.recorded.some((edit) => edit.start < end && start < edit.end)) return false; // nested: the next run
  ctx.edits.replace(node, `${callee.getText(ctx.sourceFile)}.${method}(${argsText})`);
  ctx.stat('DEP0005');
  return true;
}

