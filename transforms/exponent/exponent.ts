import type { ts } from 'ts-morph';
import { definePass, type FileContext } from '../../src/core/pass.js';

export const pass = definePass({
  id: 'exponent',
  title: 'Math.pow(a, b) to a ** b',
  description:
    'Rewrites `Math.pow(a, b)` as `a ** b`, parenthesizing operands and the result where ' +
    'precedence requires (`Math.pow(-x, 2)` becomes `(-x) ** 2`, `Math.pow(a, b).toFixed()` becomes ' +
    '`(a ** b).toFixed()`). Leaves files that declare their own `Math`, calls with spread or other ' +
    'than two arguments, calls with comments inside, and calls where a leading `(` could join the ' +
    'previous line (warned).',
  needs: 'syntax',
  jsdoc: false,
  version: '1',
  match: ['Math.pow'],
  visit(ctx) {
    const tsApi = ctx.ts;
    const sourceFile = ctx.sourceFile;
    const shadow = findMathDeclaration(sourceFile, tsApi);
    const visit = (node: ts.Node): void => {
      if (tsApi.isCallExpression(node) && isMathPow(node, tsApi)) {
        if (shadow) ctx.warn(`kept Math.pow: this file declares its own Math (line ${lineOf(ctx, shadow)})`, node);
        else rewrite(ctx, node);
      }
      tsApi.forEachChild(node, visit);
    };
    visit(sourceFile);
  },
});

export default pass;

function lineOf(ctx: FileContext, node: ts.Node): number {
  return ctx.sourceFile.getLineAndCharacterOfPosition(node.getStart(ctx.sourceFile)).line + 1;
}

function isMathPow(call: ts.CallExpression, tsApi: typeof ts): boolean {
  const callee = call.expression;
  return (
    tsApi.isPropertyAccessExpression(callee) &&
    !callee.questionDotToken &&
    !call.questionDotToken &&
    tsApi.isIdentifier(callee.expression) &&
    callee.expression.text === 'Math' &&
    callee.name.text === 'pow'
  );
}

/** The call rewritten by this pass: two plain arguments, no comments to lose. */
function convertible(call: ts.CallExpression, ctx: FileContext): boolean {
  const tsApi = ctx.ts;
  if (!isMathPow(call, tsApi) || call.arguments.length !== 2 || call.typeArguments) return false;
  const [base, exponent] = call.arguments as unknown as [ts.Expression, ts.Expression];
  if (tsApi.isSpreadElement(base) || tsApi.isSpreadElement(exponent)) return false;
  const text = ctx.text;
  const sourceFile = ctx.sourceFile;
  return (
    /^Math\s*\.\s*pow\s*\(\s*$/.test(text.slice(call.getStart(sourceFile), base.getStart(sourceFile))) &&
    /^\s*,\s*$/.test(text.slice(base.end, exponent.getStart(sourceFile))) &&
    /^\s*,?\s*\)$/.test(text.slice(exponent.end, call.end))
  );
}

function rewrite(ctx: FileContext, call: ts.CallExpression): void {
  const tsApi = ctx.ts;
  const sourceFile = ctx.sourceFile;
  if (!convertible(call, ctx)) {
    if (call.arguments.length === 2) ctx.warn('kept Math.pow: comments or spread arguments inside the call', call);
    return;
  }
  const [base, exponent] = call.arguments as unknown as [ts.Expression, ts.Expression];
  const wrapResult = resultNeedsParens(call, ctx);
  const wrapBase = baseNeedsParens(base, tsApi);
  const wrapExponent = exponentNeedsParens(exponent, tsApi);
  if ((wrapResult || wrapBase) && startsStatementAfterOpenLine(call, ctx)) {
    ctx.warn('kept Math.pow: a leading ( here would continue the previous line (no semicolon)', call);
    return;
  }
  const open = `${wrapResult ? '(' : ''}${wrapBase ? '(' : ''}`;
  ctx.edits.replaceRange(call.getStart(sourceFile), base.getStart(sourceFile), open);
  const middle = `${wrapBase ? ')' : ''} ** ${wrapExponent ? '(' : ''}`;
  ctx.edits.replaceRange(base.end, exponent.getStart(sourceFile), middle);
  const close = `${wrapExponent ? ')' : ''}${wrapResult ? ')' : ''}`;
  if (ctx.text.slice(exponent.end, call.end) !== close) ctx.edits.replaceRange(exponent.end, call.end, close);
  ctx.stat('Math.pow rewritten');
}

/** `**` binds looser than member access, calls and unary operators, and is right-associative. */
function resultNeedsParens(call: ts.CallExpression, ctx: FileContext): boolean {
  const tsApi = ctx.ts;
  const parent = call.parent;
  if (tsApi.isCallExpression(parent) && parent.arguments.includes(call)) {
    // A Math.pow argument that is itself converted: only the base side needs parentheses.
    return isMathPow(parent, tsApi) && convertible(parent, ctx) && parent.arguments[0] === call;
  }
  if (tsApi.isNewExpression(parent)) return parent.expression === call;
  if (tsApi.isBinaryExpression(parent)) {
    return parent.operatorToken.kind === tsApi.SyntaxKind.AsteriskAsteriskToken && parent.left === call;
  }
  return (
    tsApi.isPropertyAccessExpression(parent) ||
    tsApi.isElementAccessExpression(parent) ||
    tsApi.isTaggedTemplateExpression(parent) ||
    tsApi.isPrefixUnaryExpression(parent) ||
    tsApi.isPostfixUnaryExpression(parent) ||
    tsApi.isTypeOfExpression(parent) ||
    tsApi.isVoidExpression(parent) ||
    tsApi.isDeleteExpression(parent) ||
    tsApi.isAwaitExpression(parent) ||
    tsApi.isTypeAssertionExpression(parent) ||
    tsApi.isNonNullExpression(parent)
  );
}

/** The left of `**` must be an update expression or tighter: no unary operators, no binaries. */
function baseNeedsParens(base: ts.Expression, tsApi: typeof ts): boolean {
  if (tsApi.isPrefixUnaryExpression(base)) {
    return base.operator !== tsApi.SyntaxKind.PlusPlusToken && base.operator !== tsApi.SyntaxKind.MinusMinusToken;
  }
  return (
    looserThanExponent(base, tsApi) ||
    tsApi.isBinaryExpression(base) ||
    tsApi.isTypeOfExpression(base) ||
    tsApi.isVoidExpression(base) ||
    tsApi.isDeleteExpression(base) ||
    tsApi.isAwaitExpression(base) ||
    tsApi.isTypeAssertionExpression(base) ||
    // Would start an expression statement and read as a block or a declaration.
    tsApi.isObjectLiteralExpression(base) ||
    tsApi.isFunctionExpression(base) ||
    tsApi.isClassExpression(base)
  );
}

/** The right of `**` may be unary or another `**` (right-associative), nothing looser. */
function exponentNeedsParens(exponent: ts.Expression, tsApi: typeof ts): boolean {
  if (tsApi.isBinaryExpression(exponent)) return exponent.operatorToken.kind !== tsApi.SyntaxKind.AsteriskAsteriskToken;
  return looserThanExponent(exponent, tsApi);
}

function looserThanExponent(node: ts.Expression, tsApi: typeof ts): boolean {
  return (
    tsApi.isConditionalExpression(node) ||
    tsApi.isArrowFunction(node) ||
    tsApi.isYieldExpression(node) ||
    tsApi.isAsExpression(node) ||
    tsApi.isSatisfiesExpression(node)
  );
}

/** True when the call begins an expression statement that follows a line without `;`. */
function startsStatementAfterOpenLine(call: ts.CallExpression, ctx: FileContext): boolean {
  const start = call.getStart(ctx.sourceFile);
  let node: ts.Node = call;
  while (node.parent && !ctx.ts.isExpressionStatement(node.parent) && node.parent.getStart(ctx.sourceFile) === start) {
    node = node.parent;
  }
  if (!node.parent || !ctx.ts.isExpressionStatement(node.parent) || node.parent.getStart(ctx.sourceFile) !== start) return false;
  const before = ctx.text.slice(0, start).replace(/\/\/[^\n]*\n|\/\*[\s\S]*?\*\//g, ' ').trimEnd();
  return before.length > 0 && !/[;{}]$/.test(before);
}

function findMathDeclaration(sourceFile: ts.SourceFile, tsApi: typeof ts): ts.Node | undefined {
  if (!/\bMath\b[^.]/.test(sourceFile.text)) return undefined;
  let found: ts.Node | undefined;
  const visit = (node: ts.Node): void => {
    if (found) return;
    if (tsApi.isIdentifier(node) && node.text === 'Math' && isDeclarationName(node, tsApi)) found = node;
    else tsApi.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}

function isDeclarationName(node: ts.Identifier, tsApi: typeof ts): boolean {
  const parent = node.parent;
  if (tsApi.isBindingElement(parent)) return parent.name === node;
  return (
    (tsApi.isVariableDeclaration(parent) ||
      tsApi.isParameter(parent) ||
      tsApi.isFunctionDeclaration(parent) ||
      tsApi.isFunctionExpression(parent) ||
      tsApi.isClassDeclaration(parent) ||
      tsApi.isClassExpression(parent) ||
      tsApi.isEnumDeclaration(parent) ||
      tsApi.isModuleDeclaration(parent) ||
      tsApi.isImportClause(parent) ||
      tsApi.isNamespaceImport(parent) ||
      tsApi.isImportSpecifier(parent) ||
      tsApi.isImportEqualsDeclaration(parent)) &&
    parent.name === node
  );
}
