import type { ts } from 'ts-morph';
import { definePass, type FileContext } from '../../src/core/pass.js';

export const pass = definePass({
  id: 'angle-bracket-assertion',
  title: 'Angle-bracket type assertions to as',
  description:
    'Rewrites `<T>x` as `x as T` in .ts/.mts/.cts files (`.tsx` cannot contain them), adding ' +
    'parentheses where `as` binds looser than the unary assertion did (`<T>a + b` becomes ' +
    '`(a as T) + b`, `!<T>x` becomes `!(x as T)`). Warns and keeps assertions with comments inside ' +
    'the angle brackets.',
  needs: 'syntax',
  jsdoc: false,
  version: '1',
  match: ['<'],
  visit(ctx) {
    const tsApi = ctx.ts;
    if (!/\.[mc]?ts$/i.test(ctx.path) || /\.d\.[mc]?ts$/i.test(ctx.path)) return;
    const visit = (node: ts.Node): void => {
      // Children first: for `<A><B>x` the inner ` as B` must be recorded before the outer ` as A`.
      tsApi.forEachChild(node, visit);
      if (tsApi.isTypeAssertionExpression(node)) rewrite(ctx, node);
    };
    visit(ctx.sourceFile);
  },
});

export default pass;

function rewrite(ctx: FileContext, node: ts.TypeAssertion): void {
  const tsApi = ctx.ts;
  const sourceFile = ctx.sourceFile;
  const text = ctx.text;
  const start = node.getStart(sourceFile);
  const typeStart = node.type.getStart(sourceFile);
  const closing = text.indexOf('>', node.type.end);
  if (!/^<\s*$/.test(text.slice(start, typeStart)) || closing < 0 || !/^\s*$/.test(text.slice(node.type.end, closing))) {
    ctx.warn('kept <T>x: comments inside the angle brackets would be lost', node);
    return;
  }
  const typeText = text.slice(typeStart, node.type.end);
  const expressionStart = node.expression.getStart(sourceFile);
  const gap = text.slice(closing + 1, expressionStart);
  const removeEnd = /\/[/*]/.test(gap) ? closing + 1 + /^\s*/.exec(gap)![0].length : expressionStart;
  const wrap = needsParens(node, ctx);
  ctx.edits.replaceRange(start, removeEnd, wrap ? '(' : '');
  ctx.edits.insertAfter(node.expression.end, ` as ${typeText}${wrap ? ')' : ''}`);
  ctx.stat('type assertions rewritten');
}

/** `<T>x` is a unary expression; `x as T` sits at relational precedence. */
function needsParens(node: ts.TypeAssertion, ctx: FileContext): boolean {
  const tsApi = ctx.ts;
  const parent = node.parent;
  if (startsStatement(node, ctx)) {
    const inner = node.expression;
    return tsApi.isObjectLiteralExpression(inner) || tsApi.isFunctionExpression(inner) || tsApi.isClassExpression(inner);
  }
  if (tsApi.isBinaryExpression(parent)) {
    // On the left, what follows could extend the type (`a as T | b` reads `T | b` as a union).
    if (parent.left === node) return parent.operatorToken.kind !== tsApi.SyntaxKind.CommaToken;
    return precedence(parent.operatorToken.kind, tsApi) >= RELATIONAL;
  }
  // `<T>x()` asserts the call's result, so an assertion under a call is always an argument.
  if (tsApi.isCallExpression(parent) || tsApi.isNewExpression(parent)) return false;
  if (tsApi.isConditionalExpression(parent)) return parent.condition === node;
  return !(
    tsApi.isParenthesizedExpression(parent) ||
    tsApi.isVariableDeclaration(parent) ||
    tsApi.isPropertyAssignment(parent) ||
    tsApi.isPropertyDeclaration(parent) ||
    tsApi.isParameter(parent) ||
    tsApi.isBindingElement(parent) ||
    tsApi.isArrayLiteralExpression(parent) ||
    tsApi.isSpreadElement(parent) ||
    tsApi.isSpreadAssignment(parent) ||
    tsApi.isReturnStatement(parent) ||
    tsApi.isThrowStatement(parent) ||
    tsApi.isExpressionStatement(parent) ||
    tsApi.isExportAssignment(parent) ||
    tsApi.isTemplateSpan(parent) ||
    tsApi.isArrowFunction(parent) ||
    tsApi.isYieldExpression(parent) ||
    tsApi.isAsExpression(parent) ||
    tsApi.isSatisfiesExpression(parent) ||
    tsApi.isTypeAssertionExpression(parent) ||
    tsApi.isIfStatement(parent) ||
    tsApi.isWhileStatement(parent) ||
    tsApi.isDoStatement(parent) ||
    tsApi.isSwitchStatement(parent) ||
    tsApi.isCaseClause(parent) ||
    tsApi.isForOfStatement(parent) ||
    tsApi.isComputedPropertyName(parent) ||
    (tsApi.isElementAccessExpression(parent) && parent.argumentExpression === node)
  );
}

const RELATIONAL = 10;

/** Binary precedence, higher binds tighter; relational (`<`, `instanceof`, `in`) and `as` are 10. */
function precedence(kind: ts.SyntaxKind, tsApi: typeof ts): number {
  const SK = tsApi.SyntaxKind;
  switch (kind) {
    case SK.AsteriskAsteriskToken:
      return 14;
    case SK.AsteriskToken:
    case SK.SlashToken:
    case SK.PercentToken:
      return 13;
    case SK.PlusToken:
    case SK.MinusToken:
      return 12;
    case SK.LessThanLessThanToken:
    case SK.GreaterThanGreaterThanToken:
    case SK.GreaterThanGreaterThanGreaterThanToken:
      return 11;
    case SK.LessThanToken:
    case SK.GreaterThanToken:
    case SK.LessThanEqualsToken:
    case SK.GreaterThanEqualsToken:
    case SK.InstanceOfKeyword:
    case SK.InKeyword:
      return RELATIONAL;
    default:
      // Equality, bitwise, logical, ??, assignment, comma: all looser than `as`.
      return 0;
  }
}

function startsStatement(node: ts.Node, ctx: FileContext): boolean {
  const start = node.getStart(ctx.sourceFile);
  let current: ts.Node = node;
  while (current.parent && current.parent.getStart(ctx.sourceFile) === start) {
    current = current.parent;
    if (ctx.ts.isExpressionStatement(current)) return true;
  }
  return false;
}
