import type { ts } from 'ts-morph';

/**
 * Whether the expression is a string by its syntax alone: a string literal, a template, `'a' + x`,
 * `String(x)`, or a conditional whose branches both are. (`String` is assumed to be the global.)
 */
export function isStringSyntax(t: typeof ts, node: ts.Expression): boolean {
  if (t.isStringLiteral(node) || t.isNoSubstitutionTemplateLiteral(node) || t.isTemplateExpression(node)) return true;
  if (t.isParenthesizedExpression(node)) return isStringSyntax(t, node.expression);
  if (t.isConditionalExpression(node)) return isStringSyntax(t, node.whenTrue) && isStringSyntax(t, node.whenFalse);
  if (t.isCallExpression(node) && t.isIdentifier(node.expression) && node.expression.text === 'String') return true;
  return t.isBinaryExpression(node) && node.operatorToken.kind === t.SyntaxKind.PlusToken && (isStringSyntax(t, node.left) || isStringSyntax(t, node.right));
}
