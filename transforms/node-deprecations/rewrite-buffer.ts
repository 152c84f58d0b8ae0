import type { ts } from 'ts-morph';
import type { RewriteContext } from './rewrite-util.js';

/** DEP0005: `new Buffer(x)` / `Buffer(x)` to `Buffer.alloc` / `Buffer.from` when the argument says which. */
export function rewriteBuffer(ctx: RewriteContext, node: ts.CallExpression | ts.NewExpression, trusted: (name: string) => boolean): void {
  const t = ctx.ts;
  const callee = node.expression;
  if (!t.isIdentifier(callee) || !trusted(callee.text)) return;
  const args = node.arguments ?? [];
  const [first, second] = args;
  const stringLike = (arg: ts.Expression | undefined): boolean =>
    !!arg && (t.isStringLiteral(arg) || t.isNoSubstitutionTemplateLiteral(arg) || t.isTemplateExpression(arg));
  let method: 'alloc' | 'from' | undefined;
  if (args.length === 1 && first && t.isNumericLiteral(first)) method = 'alloc';
  else if (args.length === 1 && first && (stringLike(first) || t.isArrayLiteralExpression(first))) method = 'from';
  else if (args.length === 2 && stringLike(first) && second && t.isStringLiteral(second)) method = 'from';
  if (!method) {
    ctx.warn('Buffer() is deprecated (DEP0005); the argument could be a size or data, so it is left alone: use Buffer.alloc(size) or Buffer.from(data)', node);
    return;
  }
  const argsText = args.map((arg) => arg.getText(ctx.sourceFile)).join(', ');
  ctx.edits.replace(node, `${callee.text}.${method}(${argsText})`);
  ctx.stat('DEP0005');
}

