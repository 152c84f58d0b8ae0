import { ts } from '../../core/parse.js';

/**
 * Operator precedence, higher binds tighter. Used to parenthesize a bound expression where the
 * template puts it in a tighter slot: `_.map(a || b, f)` → `(a || b).map(f)`, not `a || b.map(f)`.
 */
const COMMA = 0;
const ASSIGN = 1;
const CONDITIONAL = 3;
const UNARY = 16;
const POSTFIX = 17;
const MEMBER = 18;

function binaryPrecedence(operator: ts.SyntaxKind): number {
  const K = ts.SyntaxKind;
  switch (operator) {
    case K.CommaToken:
      return COMMA;
    case K.QuestionQuestionToken:
      return 4;
    case K.BarBarToken:
      return 5;
    case K.AmpersandAmpersandToken:
      return 6;
    case K.BarToken:
      return 7;
    case K.CaretToken:
      return 8;
    case K.AmpersandToken:
      return 9;
    case K.EqualsEqualsToken:
    case K.ExclamationEqualsToken:
    case K.EqualsEqualsEqualsToken:
    case K.ExclamationEqualsEqualsToken:
      return 10;
    case K.LessThanToken:
    case K.GreaterThanToken:
    case K.LessThanEqualsToken:
    case K.GreaterThanEqualsToken:
    case K.InstanceOfKeyword:
    case K.InKeyword:
      return 11;
    case K.LessThanLessThanToken:
    case K.GreaterThanGreaterThanToken:
    case K.GreaterThanGreaterThanGreaterThanToken:
      return 12;
    case K.PlusToken:
    case K.MinusToken:
      return 13;
    case K.AsteriskToken:
    case K.SlashToken:
    case K.PercentToken:
      return 14;
    case K.AsteriskAsteriskToken:
      return 15;
    default:
      return ASSIGN; // assignment operators
  }
}

/** How tightly an expression binds; non-expressions (types, statements) never need parentheses. */
export function precedenceOf(node: ts.Node): number {
  if (ts.isBinaryExpression(node)) return binaryPrecedence(node.operatorToken.kind);
  if (ts.isConditionalExpression(node)) return CONDITIONAL;
  if (ts.isArrowFunction(node) || ts.isYieldExpression(node) || ts.isSpreadElement(node)) return ASSIGN;
  if (ts.isAsExpression(node) || ts.isSatisfiesExpression(node)) return 11;
  if (
    ts.isPrefixUnaryExpression(node) ||
    ts.isTypeOfExpression(node) ||
    ts.isVoidExpression(node) ||
    ts.isDeleteExpression(node) ||
    ts.isAwaitExpression(node) ||
    ts.isTypeAssertionExpression(node)
  ) {
    return UNARY;
  }
  if (ts.isPostfixUnaryExpression(node)) return POSTFIX;
  return MEMBER;
}

/** The least precedence an expression needs to stand where `slot` stands without parentheses. */
export function requiredPrecedence(slot: ts.Node): number {
  const parent = slot.parent;
  if (!parent) return COMMA;
  if (
    ((ts.isPropertyAccessExpression(parent) || ts.isElementAccessExpression(parent)) && parent.expression === slot) ||
    ((ts.isCallExpression(parent) || ts.isNewExpression(parent)) && parent.expression === slot) ||
    (ts.isTaggedTemplateExpression(parent) && parent.tag === slot) ||
    ts.isNonNullExpression(parent)
  ) {
    return MEMBER;
  }
  if (
    ts.isPrefixUnaryExpression(parent) ||
    ts.isTypeOfExpression(parent) ||
    ts.isVoidExpression(parent) ||
    ts.isDeleteExpression(parent) ||
    ts.isAwaitExpression(parent)
  ) {
    return UNARY;
  }
  if (ts.isPostfixUnaryExpression(parent)) return POSTFIX;
  if (ts.isAsExpression(parent) || ts.isSatisfiesExpression(parent)) return 12;
  if (ts.isBinaryExpression(parent)) {
    const own = binaryPrecedence(parent.operatorToken.kind);
    if (own === ASSIGN) return parent.left === slot ? MEMBER : ASSIGN;
    const rightAssociative = parent.operatorToken.kind === ts.SyntaxKind.AsteriskAsteriskToken;
    if (parent.left === slot) return rightAssociative ? own + 1 : own;
    return rightAssociative ? own : own + 1;
  }
  if (ts.isConditionalExpression(parent)) return parent.condition === slot ? CONDITIONAL + 1 : ASSIGN;
  if (ts.isExpressionStatement(parent) || ts.isParenthesizedExpression(parent)) return COMMA;
  return ASSIGN;
}

/** True where an object literal must be wrapped to keep its meaning (an arrow's expression body). */
export function needsObjectParens(slot: ts.Node, bound: ts.Node): boolean {
  return ts.isObjectLiteralExpression(bound) && ts.isArrowFunction(slot.parent) && slot.parent.body === slot;
}
