import type { ts } from 'ts-morph';
import { definePass, type FileContext } from '../../src/core/pass.js';

export const pass = definePass({
  id: 'arrow-return',
  title: 'Arrow block bodies of one return to expression bodies',
  description:
    'Rewrites `(x) => { return expr; }` as `(x) => expr`, wrapping expressions that start with `{` ' +
    '(object literals) or contain a top-level comma in parentheses. Leaves alone (with a warning) ' +
    'bodies whose comments would be lost.',
  needs: 'syntax',
  jsdoc: false,
  version: '1',
  match: ['=>'],
  visit(ctx) {
    const tsApi = ctx.ts;
    const visit = (node: ts.Node): void => {
      if (tsApi.isArrowFunction(node) && tsApi.isBlock(node.body)) simplify(ctx, node.body);
      tsApi.forEachChild(node, visit);
    };
    visit(ctx.sourceFile);
  },
});

export default pass;

function simplify(ctx: FileContext, body: ts.Block): void {
  const tsApi = ctx.ts;
  const [statement] = body.statements;
  if (body.statements.length !== 1 || !statement || !tsApi.isReturnStatement(statement) || !statement.expression) return;
  const expression = statement.expression;
  const text = ctx.text;
  const sourceFile = ctx.sourceFile;
  const bodyStart = body.getStart(sourceFile);
  const expressionStart = expression.getStart(sourceFile);
  const before = text.slice(bodyStart + 1, expressionStart);
  const after = text.slice(expression.end, body.end - 1);
  if (!/^\s*return\s*$/.test(before) || !/^\s*;?\s*$/.test(after)) {
    ctx.warn('kept block body: it holds comments that an expression body would lose', body);
    return;
  }
  // Only the text around the expression changes, so nested arrows inside it can change too.
  const wrap = startsWithBrace(expression, tsApi) || isComma(expression, tsApi) || inForInitializer(body, tsApi);
  ctx.edits.replaceRange(bodyStart, expressionStart, wrap ? '(' : '');
  ctx.edits.replaceRange(expression.end, body.end, wrap ? ')' : '');
  ctx.stat('arrow bodies simplified');
}

function isComma(expression: ts.Expression, tsApi: typeof ts): boolean {
  return tsApi.isBinaryExpression(expression) && expression.operatorToken.kind === tsApi.SyntaxKind.CommaToken;
}

/** True when the expression's first token is `{`, which after `=>` would open a block. */
function startsWithBrace(expression: ts.Expression, tsApi: typeof ts): boolean {
  let current: ts.Node = expression;
  for (;;) {
    if (tsApi.isObjectLiteralExpression(current)) return true;
    if (
      tsApi.isPropertyAccessExpression(current) ||
      tsApi.isElementAccessExpression(current) ||
      tsApi.isCallExpression(current) ||
      tsApi.isAsExpression(current) ||
      tsApi.isSatisfiesExpression(current) ||
      tsApi.isNonNullExpression(current)
    ) {
      current = current.expression;
    } else if (tsApi.isTaggedTemplateExpression(current)) {
      current = current.tag;
    } else if (tsApi.isBinaryExpression(current)) {
      current = current.left;
    } else if (tsApi.isConditionalExpression(current)) {
      current = current.condition;
    } else if (tsApi.isPostfixUnaryExpression(current)) {
      current = current.operand;
    } else {
      return false;
    }
  }
}

/** `for (let f = () => "a" in o; ;)` would read the `in` as a for-in head: wrap to be safe. */
function inForInitializer(node: ts.Node, tsApi: typeof ts): boolean {
  for (let current: ts.Node = node; current.parent; current = current.parent) {
    const parent = current.parent;
    if (tsApi.isForStatement(parent)) return parent.initializer === current;
    if (tsApi.isBlock(parent) || tsApi.isSourceFile(parent)) return false;
  }
  return false;
}
