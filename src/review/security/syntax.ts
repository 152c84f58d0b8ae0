import { ts } from '../../core/parse.js';

/** A string whose value is fixed in the source: a literal, a template without `${}`, or literals joined by `+`. */
export function isConstantString(node: ts.Expression): boolean {
  const inner = skipParens(node);
  if (ts.isStringLiteralLike(inner) || ts.isNumericLiteral(inner)) return true;
  if (ts.isBinaryExpression(inner) && inner.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    return isConstantString(inner.left) && isConstantString(inner.right);
  }
  return false;
}

/** A string built from values at run time: a template with `${}`, or `+` with a non-literal side. */
export function isInterpolated(node: ts.Expression): boolean {
  const inner = skipParens(node);
  if (ts.isTemplateExpression(inner)) return true;
  if (ts.isBinaryExpression(inner) && inner.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    return !isConstantString(inner.left) || !isConstantString(inner.right);
  }
  return false;
}

/** The literal text pieces of a string expression (what a SQL or shell string says). */
export function literalParts(node: ts.Expression): string[] {
  const inner = skipParens(node);
  if (ts.isStringLiteralLike(inner)) return [inner.text];
  if (ts.isTemplateExpression(inner)) return [inner.head.text, ...inner.templateSpans.map((span) => span.literal.text)];
  if (ts.isBinaryExpression(inner) && inner.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    return [...literalParts(inner.left), ...literalParts(inner.right)];
  }
  return [];
}

export function skipParens(node: ts.Expression): ts.Expression {
  let current = node;
  while (ts.isParenthesizedExpression(current) || ts.isAsExpression(current) || ts.isNonNullExpression(current)) current = current.expression;
  return current;
}

/** The name a value is given where it is written: `const token = …`, `{ token: … }`, `this.token = …`, `function makeToken() { return … }`. */
export function nameAround(node: ts.Node): string | undefined {
  for (let current: ts.Node | undefined = node.parent; current; current = current.parent) {
    if (ts.isVariableDeclaration(current) || ts.isPropertyAssignment(current) || ts.isPropertyDeclaration(current) || ts.isParameter(current)) {
      return current.name.getText();
    }
    if (ts.isBinaryExpression(current) && current.operatorToken.kind === ts.SyntaxKind.EqualsToken) return current.left.getText();
    if (ts.isFunctionDeclaration(current) || ts.isMethodDeclaration(current)) return current.name?.getText();
    if (ts.isArrowFunction(current) || ts.isFunctionExpression(current)) continue;
    if (ts.isBlock(current) || ts.isSourceFile(current)) {
      // A `return` inside a function: the function's own name says what is returned.
      const owner = current.parent;
      if (owner && (ts.isFunctionDeclaration(owner) || ts.isMethodDeclaration(owner))) return owner.name?.getText();
      if (owner && (ts.isArrowFunction(owner) || ts.isFunctionExpression(owner))) continue;
      return undefined;
    }
  }
  return undefined;
}

/** The words of an identifier: `generateApiKey` → generate, api, key; `SESSION_ID` → session, id; `token2` → token, 2. */
export function wordsOf(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Za-z])([0-9])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word.toLowerCase());
}

/** Calls every `visit` on each node of the file, depth first. */
export function walk(sourceFile: ts.SourceFile, visit: (node: ts.Node) => void): void {
  const step = (node: ts.Node): void => {
    visit(node);
    ts.forEachChild(node, step);
  };
  step(sourceFile);
}
