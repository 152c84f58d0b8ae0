import type { ts } from 'ts-morph';

/**
 * Facts about a function expression that decide whether it may become an arrow: what it reads
 * from its own activation (`this`, `arguments`, `super`, `new.target`), and how the rest of the
 * file might use it as a constructor.
 */

export type OwnBindingUse = 'this' | 'arguments' | 'super' | 'new.target' | undefined;

/**
 * The first use of the function's own `this`/`arguments`/`super`/`new.target`, looking through
 * nested arrows (`thisIsLexical`: `this` does not count).
 */
export function ownBindingUse(fn: ts.SignatureDeclaration, tsApi: typeof ts, { thisIsLexical = false } = {}): OwnBindingUse {
  let found: OwnBindingUse;
  const visit = (node: ts.Node): void => {
    if (found) return;
    // `function () {}.bind(this)`: its `this` already is the enclosing one, as in an arrow.
    if (node.kind === tsApi.SyntaxKind.ThisKeyword || node.kind === tsApi.SyntaxKind.ThisType) found = thisIsLexical ? undefined : 'this';
    else if (node.kind === tsApi.SyntaxKind.SuperKeyword) found = 'super';
    else if (tsApi.isMetaProperty(node) && node.keywordToken === tsApi.SyntaxKind.NewKeyword) found = 'new.target';
    else if (tsApi.isIdentifier(node) && node.text === 'arguments' && !isPropertyName(node, tsApi)) found = 'arguments';
    else if (tsApi.isClassLike(node)) visitClassOuterParts(node, tsApi, visit);
    else if (!startsOwnThis(node, tsApi)) tsApi.forEachChild(node, visit);
  };
  tsApi.forEachChild(fn, visit);
  return found;
}

/** Regular functions, methods and accessors bind their own `this` and `arguments`; arrows do not. */
function startsOwnThis(node: ts.Node, tsApi: typeof ts): boolean {
  return (
    tsApi.isFunctionDeclaration(node) ||
    tsApi.isFunctionExpression(node) ||
    tsApi.isMethodDeclaration(node) ||
    tsApi.isConstructorDeclaration(node) ||
    tsApi.isGetAccessorDeclaration(node) ||
    tsApi.isSetAccessorDeclaration(node) ||
    tsApi.isClassStaticBlockDeclaration(node)
  );
}

/** A class body has its own `this`; only its heritage clauses, decorators and computed keys see ours. */
function visitClassOuterParts(node: ts.ClassLikeDeclaration, tsApi: typeof ts, visit: (node: ts.Node) => void): void {
  for (const clause of node.heritageClauses ?? []) visit(clause);
  for (const modifier of tsApi.getDecorators(node) ?? []) visit(modifier);
  for (const member of node.members) {
    if (member.name && tsApi.isComputedPropertyName(member.name)) visit(member.name);
    if (tsApi.canHaveDecorators(member)) for (const decorator of tsApi.getDecorators(member) ?? []) visit(decorator);
  }
}

function isPropertyName(node: ts.Identifier, tsApi: typeof ts): boolean {
  const parent = node.parent;
  return (
    (tsApi.isPropertyAccessExpression(parent) && parent.name === node) ||
    (tsApi.isPropertyAssignment(parent) && parent.name === node) ||
    (tsApi.isMethodDeclaration(parent) && parent.name === node) ||
    (tsApi.isPropertyDeclaration(parent) && parent.name === node)
  );
}

/** Names the file constructs (`new X`, `new a.X`) or whose `prototype` it touches (`X.prototype`). */
export function constructedNames(sourceFile: ts.SourceFile, tsApi: typeof ts): Set<string> {
  const names = new Set<string>();
  const lastName = (expression: ts.Expression): string | undefined => {
    let inner = expression;
    while (tsApi.isParenthesizedExpression(inner)) inner = inner.expression;
    if (tsApi.isIdentifier(inner)) return inner.text;
    if (tsApi.isPropertyAccessExpression(inner)) return inner.name.text;
    if (tsApi.isElementAccessExpression(inner) && tsApi.isStringLiteralLike(inner.argumentExpression)) {
      return inner.argumentExpression.text;
    }
    return undefined;
  };
  const visit = (node: ts.Node): void => {
    if (tsApi.isNewExpression(node)) {
      const name = lastName(node.expression);
      if (name) names.add(name);
    } else if (tsApi.isPropertyAccessExpression(node) && node.name.text === 'prototype') {
      const name = lastName(node.expression);
      if (name) names.add(name);
    }
    tsApi.forEachChild(node, visit);
  };
  visit(sourceFile);
  return names;
}

/** The name a function value is stored under: `const f = fn`, `{ f: fn }`, `x.f = fn`, `f = fn`. */
export function boundName(fn: ts.Node, tsApi: typeof ts): string | undefined {
  const outer = skipParens(fn, tsApi);
  const parent = outer.parent;
  if ((tsApi.isVariableDeclaration(parent) || tsApi.isPropertyDeclaration(parent)) && parent.initializer === outer) {
    return tsApi.isIdentifier(parent.name) ? parent.name.text : undefined;
  }
  if (tsApi.isPropertyAssignment(parent) && parent.initializer === outer) {
    const name = parent.name;
    return tsApi.isIdentifier(name) || tsApi.isStringLiteralLike(name) ? name.text : undefined;
  }
  if (tsApi.isBinaryExpression(parent) && parent.right === outer && parent.operatorToken.kind === tsApi.SyntaxKind.EqualsToken) {
    const left = parent.left;
    if (tsApi.isIdentifier(left)) return left.text;
    if (tsApi.isPropertyAccessExpression(left)) return left.name.text;
  }
  return undefined;
}

/**
 * True when other modules can reach the value: `module.exports = fn`, `exports.x = fn`,
 * `export default fn`, `export const x = fn`, or a property of an object exported that way.
 */
export function isExported(fn: ts.Node, tsApi: typeof ts): boolean {
  const outer = skipParens(fn, tsApi);
  const parent = outer.parent;
  if (tsApi.isExportAssignment(parent)) return true;
  if (tsApi.isBinaryExpression(parent) && parent.right === outer && parent.operatorToken.kind === tsApi.SyntaxKind.EqualsToken) {
    return isExportsTarget(parent.left, tsApi) || isExported(parent, tsApi);
  }
  if (tsApi.isVariableDeclaration(parent) && parent.initializer === outer) {
    const statement = parent.parent.parent;
    return (
      tsApi.isVariableStatement(statement) &&
      (tsApi.getModifiers(statement)?.some((modifier) => modifier.kind === tsApi.SyntaxKind.ExportKeyword) ?? false)
    );
  }
  if (tsApi.isPropertyAssignment(parent) && parent.initializer === outer) return isExported(parent.parent, tsApi);
  return false;
}

function isExportsTarget(left: ts.Expression, tsApi: typeof ts): boolean {
  let current: ts.Expression = left;
  while (tsApi.isPropertyAccessExpression(current) || tsApi.isElementAccessExpression(current)) {
    const object = current.expression;
    if (tsApi.isIdentifier(object) && object.text === 'exports') return true;
    if (tsApi.isIdentifier(object) && object.text === 'module' && tsApi.isPropertyAccessExpression(current)) {
      return current.name.text === 'exports';
    }
    current = object;
  }
  return tsApi.isIdentifier(current) && current.text === 'exports';
}

export function skipParens(node: ts.Node, tsApi: typeof ts): ts.Node {
  let current = node;
  while (tsApi.isParenthesizedExpression(current.parent)) current = current.parent;
  return current;
}

/** Sloppy functions may repeat a parameter name; arrows and methods may not (early error). */
export function hasDuplicateParameters(fn: ts.SignatureDeclaration, tsApi: typeof ts): boolean {
  const seen = new Set<string>();
  const visit = (name: ts.BindingName): boolean => {
    if (tsApi.isIdentifier(name)) {
      if (seen.has(name.text)) return true;
      seen.add(name.text);
      return false;
    }
    return name.elements.some((element) => tsApi.isBindingElement(element) && visit(element.name));
  };
  return fn.parameters.some((parameter) => visit(parameter.name));
}

/** `function () {}.bind(this)` (the function possibly parenthesized): the bind call, else undefined. */
export function bindThisCall(fn: ts.FunctionExpression, tsApi: typeof ts): ts.CallExpression | undefined {
  const outer = skipParens(fn, tsApi);
  const access = outer.parent;
  if (!tsApi.isPropertyAccessExpression(access) || access.expression !== outer || access.name.text !== 'bind') return undefined;
  if (access.questionDotToken) return undefined;
  const call = access.parent;
  if (!tsApi.isCallExpression(call) || call.expression !== access || call.questionDotToken || call.typeArguments) return undefined;
  if (call.arguments.length !== 1 || call.arguments[0]!.kind !== tsApi.SyntaxKind.ThisKeyword) return undefined;
  return call;
}
