import type { ts as TS } from 'ts-morph';
import { containsIdentifier } from '../shared/syntax.js';

/**
 * Whether a syntax pass can tell that an expression is a dense array, from how it was made in the
 * same file. Shared by for-each, for-of and arg-spread: all three differ on non-arrays (Map, Set,
 * NodeList, strings, plain array-likes) or on sparse arrays.
 */
export type ArrayEvidence = { kind: 'array' } | { kind: 'unknown'; why: string };

/** Methods whose result is an array whatever they are called on (strings have none of them but split). */
const ARRAY_METHODS = new Set(['map', 'filter', 'split', 'flat', 'flatMap']);
/** Methods that return an array only when called on an array (strings have them too). */
const SAME_KIND_METHODS = new Set(['slice', 'concat']);
const OBJECT_LISTS = new Set(['keys', 'values', 'entries']);

/** Strips parentheses (the compiler's own helper is not in its public typings). */
export function skipParens(ts: typeof TS, node: TS.Expression): TS.Expression {
  let current = node;
  while (ts.isParenthesizedExpression(current)) current = current.expression;
  return current;
}

/** `[]`, `Array.prototype`. */
function isArrayPrototype(ts: typeof TS, node: TS.Expression): boolean {
  if (ts.isArrayLiteralExpression(node) && node.elements.length === 0) return true;
  return ts.isPropertyAccessExpression(node) && node.name.text === 'prototype' && ts.isIdentifier(node.expression) && node.expression.text === 'Array';
}

/** Node's `process.argv` is always an array. */
function isWellKnownArray(ts: typeof TS, node: TS.Expression): boolean {
  return ts.isPropertyAccessExpression(node) && node.name.text === 'argv' && ts.isIdentifier(node.expression) && node.expression.text === 'process';
}

function unknown(why: string): ArrayEvidence {
  return { kind: 'unknown', why };
}

function isArrayType(ts: typeof TS, type: TS.TypeNode | undefined): boolean {
  if (!type) return false;
  if (ts.isArrayTypeNode(type) || ts.isTupleTypeNode(type)) return true;
  if (ts.isTypeOperatorNode(type) && type.operator === ts.SyntaxKind.ReadonlyKeyword) return isArrayType(ts, type.type);
  return ts.isTypeReferenceNode(type) && ts.isIdentifier(type.typeName) && ['Array', 'ReadonlyArray'].includes(type.typeName.text);
}

function isDeclarationName(ts: typeof TS, node: TS.Identifier): boolean {
  const parent = node.parent;
  return (
    (ts.isVariableDeclaration(parent) || ts.isParameter(parent) || ts.isBindingElement(parent) ||
      ts.isFunctionDeclaration(parent) || ts.isClassDeclaration(parent) || ts.isImportSpecifier(parent) ||
      ts.isImportClause(parent) || ts.isNamespaceImport(parent) || ts.isFunctionExpression(parent)) &&
    (parent as { name?: TS.Node }).name === node
  );
}

/** True when `name` is the target of an assignment, update or for-in/of head anywhere in `root`. */
export function isAssigned(ts: typeof TS, root: TS.Node, name: string): boolean {
  let found = false;
  const isName = (node: TS.Node): boolean => {
    const inner = ts.isParenthesizedExpression(node) ? skipParens(ts, node) : node;
    return ts.isIdentifier(inner) && inner.text === name;
  };
  const visit = (node: TS.Node): void => {
    if (found) return;
    if (ts.isBinaryExpression(node) && node.operatorToken.kind >= ts.SyntaxKind.FirstAssignment &&
      node.operatorToken.kind <= ts.SyntaxKind.LastAssignment) {
      if (isName(node.left)) found = true;
      // Destructuring assignment targets: look for the name anywhere on the left.
      if (ts.isObjectLiteralExpression(node.left) || ts.isArrayLiteralExpression(node.left)) {
        if (containsIdentifier(ts, node.left, name)) found = true;
      }
    }
    if ((ts.isPrefixUnaryExpression(node) || ts.isPostfixUnaryExpression(node)) &&
      (node.operator === ts.SyntaxKind.PlusPlusToken || node.operator === ts.SyntaxKind.MinusMinusToken) && isName(node.operand)) {
      found = true;
    }
    if ((ts.isForInStatement(node) || ts.isForOfStatement(node)) && isName(node.initializer)) found = true;
    ts.forEachChild(node, visit);
  };
  visit(root);
  return found;
}


/** All declarations of `name` in the file (any scope): a conservative stand-in for scope analysis. */
export function declarationsOf(ts: typeof TS, sourceFile: TS.SourceFile, name: string): TS.Identifier[] {
  const found: TS.Identifier[] = [];
  const visit = (node: TS.Node): void => {
    if (ts.isIdentifier(node) && node.text === name && isDeclarationName(ts, node)) found.push(node);
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}

export function arrayEvidence(ts: typeof TS, sourceFile: TS.SourceFile, expression: TS.Expression, depth = 0): ArrayEvidence {
  const node = skipParens(ts, expression);
  if (depth > 4) return unknown('too many indirections');
  if (ts.isArrayLiteralExpression(node)) {
    return node.elements.some((element) => ts.isOmittedExpression(element)) ? unknown('the array literal has holes') : { kind: 'array' };
  }
  if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
    const { expression: receiver, name } = node.expression;
    if (ts.isIdentifier(receiver) && receiver.text === 'Array' && (name.text === 'from' || name.text === 'of')) return { kind: 'array' };
    if (ts.isIdentifier(receiver) && receiver.text === 'Object' && OBJECT_LISTS.has(name.text)) return { kind: 'array' };
    if (ARRAY_METHODS.has(name.text)) return { kind: 'array' };
    if (SAME_KIND_METHODS.has(name.text)) {
      // `[].slice.call(x)` / `Array.prototype.slice.call(x)` always make an array.
      if (isWellKnownArray(ts, receiver)) return { kind: 'array' };
      const inner = arrayEvidence(ts, sourceFile, receiver, depth + 1);
      return inner.kind === 'array' ? inner : unknown(`cannot tell that \`.${name.text}()\` is called on an array (strings have it too)`);
    }
    if ((name.text === 'call' || name.text === 'apply') && ts.isPropertyAccessExpression(receiver) &&
      SAME_KIND_METHODS.has(receiver.name.text) && isArrayPrototype(ts, receiver.expression)) {
      return { kind: 'array' };
    }
    return unknown(`cannot tell that the result of \`.${name.text}()\` is an array`);
  }
  if (isWellKnownArray(ts, node)) return { kind: 'array' };
  if (!ts.isIdentifier(node)) return unknown('cannot tell that the expression is an array');
  const declarations = declarationsOf(ts, sourceFile, node.text);
  if (declarations.length !== 1) {
    return unknown(declarations.length === 0 ? `\`${node.text}\` is not declared in this file` : `\`${node.text}\` is declared more than once in this file`);
  }
  const declaration = declarations[0]!.parent;
  const assigned = isAssigned(ts, sourceFile, node.text);
  if (ts.isParameter(declaration)) {
    if (assigned) return unknown(`\`${node.text}\` is reassigned`);
    if (declaration.dotDotDotToken || isArrayType(ts, declaration.type)) return { kind: 'array' };
    return unknown(`cannot tell that the parameter \`${node.text}\` is an array`);
  }
  if (!ts.isVariableDeclaration(declaration)) return unknown(`\`${node.text}\` is not a variable`);
  if (assigned) return unknown(`\`${node.text}\` is reassigned`);
  if (isArrayType(ts, declaration.type)) return { kind: 'array' };
  if (!declaration.initializer) return unknown(`\`${node.text}\` has no initializer`);
  const inner = arrayEvidence(ts, sourceFile, declaration.initializer, depth + 1);
  return inner.kind === 'array' ? inner : unknown(`cannot tell that \`${node.text}\` is an array`);
}
