import type { ts as TS } from 'ts-morph';

/**
 * ES5 inheritance statements that follow a constructor, and the parent-constructor call that a
 * derived class turns into `super(...)`.
 */

/** What one statement after `function Child() {}` says about inheritance. */
export type HeritageStatement =
  /** `util.inherits(Child, Parent)` (also `inherits(...)` from require('util').inherits or the `inherits` package). */
  | { readonly kind: 'inherits'; readonly parent: TS.Expression }
  /** `Child.prototype = Object.create(Parent.prototype)`. */
  | { readonly kind: 'object-create'; readonly parent: TS.Expression }
  /** `Child.prototype.constructor = Child`. */
  | { readonly kind: 'constructor-fix' }
  | { readonly kind: 'refuse'; readonly why: string };

/** `Name` or `a.b.Name`: what `extends` can name without evaluating anything else. */
function isPlainReference(ts: typeof TS, node: TS.Expression): boolean {
  if (ts.isIdentifier(node)) return true;
  return ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.name) && isPlainReference(ts, node.expression);
}

function isRequireOf(ts: typeof TS, node: TS.Expression | undefined, specifiers: readonly string[]): boolean {
  return node !== undefined && ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'require' &&
    node.arguments.length === 1 && ts.isStringLiteral(node.arguments[0]!) && specifiers.includes(node.arguments[0].text);
}

const UTIL = ['util', 'node:util'];

/**
 * The callee texts that mean Node's `util.inherits` in this file, from top-level bindings only:
 * `var util = require('util')` gives `util.inherits`; `var inherits = require('util').inherits`,
 * `const { inherits } = require('util')` and `var inherits = require('inherits')` give `inherits`;
 * ES imports of 'util' likewise.
 */
export function inheritsCallees(ts: typeof TS, sourceFile: TS.SourceFile): Set<string> {
  const callees = new Set<string>();
  for (const statement of sourceFile.statements) {
    if (ts.isVariableStatement(statement)) {
      for (const decl of statement.declarationList.declarations) {
        const init = decl.initializer;
        if (ts.isIdentifier(decl.name)) {
          if (isRequireOf(ts, init, UTIL)) callees.add(`${decl.name.text}.inherits`);
          else if (isRequireOf(ts, init, ['inherits'])) callees.add(decl.name.text);
          else if (init && ts.isPropertyAccessExpression(init) && init.name.text === 'inherits' && isRequireOf(ts, init.expression, UTIL)) {
            callees.add(decl.name.text);
          }
        } else if (ts.isObjectBindingPattern(decl.name) && isRequireOf(ts, init, UTIL)) {
          for (const element of decl.name.elements) {
            const imported = element.propertyName ?? element.name;
            if (ts.isIdentifier(imported) && imported.text === 'inherits' && ts.isIdentifier(element.name)) callees.add(element.name.text);
          }
        }
      }
    } else if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier) && UTIL.includes(statement.moduleSpecifier.text)) {
      const clause = statement.importClause;
      if (clause?.name) callees.add(`${clause.name.text}.inherits`);
      const bindings = clause?.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) callees.add(`${bindings.name.text}.inherits`);
      if (bindings && ts.isNamedImports(bindings)) {
        for (const element of bindings.elements) if ((element.propertyName ?? element.name).text === 'inherits') callees.add(element.name.text);
      }
    }
  }
  return callees;
}

function isPrototypeOf(ts: typeof TS, node: TS.Expression, name: string): boolean {
  return ts.isPropertyAccessExpression(node) && node.name.text === 'prototype' && ts.isIdentifier(node.expression) && node.expression.text === name;
}

/** Reads one statement after the constructor `name`; undefined when it is not about inheritance. */
export function heritageOf(ts: typeof TS, sourceFile: TS.SourceFile, statement: TS.Statement, name: string, callees: ReadonlySet<string>): HeritageStatement | undefined {
  if (!ts.isExpressionStatement(statement)) return undefined;
  const expression = statement.expression;
  if (ts.isCallExpression(expression) && callees.has(expression.expression.getText(sourceFile))) {
    const [child, parent] = expression.arguments;
    if (expression.arguments.length !== 2 || !child || !parent || !ts.isIdentifier(child) || child.text !== name) return undefined;
    if (!isPlainReference(ts, parent)) return { kind: 'refuse', why: 'the parent in util.inherits is not a plain name' };
    return { kind: 'inherits', parent };
  }
  if (!ts.isBinaryExpression(expression) || expression.operatorToken.kind !== ts.SyntaxKind.EqualsToken) return undefined;
  const { left, right } = expression;
  if (ts.isPropertyAccessExpression(left) && left.name.text === 'constructor' && isPrototypeOf(ts, left.expression, name)) {
    return ts.isIdentifier(right) && right.text === name ? { kind: 'constructor-fix' } : { kind: 'refuse', why: `\`${name}.prototype.constructor\` is set to something else` };
  }
  if (!isPrototypeOf(ts, left, name)) return undefined;
  if (ts.isNewExpression(right)) {
    return { kind: 'refuse', why: `\`${name}.prototype = new ...\` runs the parent once and keeps its instance fields on the prototype; a class does not` };
  }
  const create = right;
  if (!ts.isCallExpression(create) || create.expression.getText(sourceFile) !== 'Object.create') return undefined;
  const [proto] = create.arguments;
  if (create.arguments.length !== 1 || !proto) return { kind: 'refuse', why: 'Object.create with property descriptors' };
  if (!ts.isPropertyAccessExpression(proto) || proto.name.text !== 'prototype' || !isPlainReference(ts, proto.expression)) {
    return { kind: 'refuse', why: 'the prototype is created from something other than `Parent.prototype`' };
  }
  return { kind: 'object-create', parent: proto.expression };
}

/**
 * The constructor's leading `Parent.call(this, ...)`, `Parent.apply(this, arguments)` or
 * `Child.super_.call(this, ...)`: the statement and its `super(...)` text, or why there is none.
 */
export function superCall(
  ts: typeof TS,
  sourceFile: TS.SourceFile,
  ctor: TS.FunctionLikeDeclaration,
  name: string,
  parentText: string,
  { allowSuperUnderscore }: { allowSuperUnderscore: boolean },
): { statement: TS.Statement; text: string } | { why: string } {
  const missing = { why: `the constructor does not start with \`${parentText}.call(this, ...)\` (a derived class must call super() before using this)` };
  const body = ctor.body;
  const first = body && ts.isBlock(body) ? body.statements[0] : undefined;
  if (!first || !ts.isExpressionStatement(first) || !ts.isCallExpression(first.expression)) return missing;
  const call = first.expression;
  if (!ts.isPropertyAccessExpression(call.expression)) return missing;
  const method = call.expression.name.text;
  const target = call.expression.expression.getText(sourceFile);
  const named = target === parentText || (allowSuperUnderscore && target === `${name}.super_`);
  if (!named || (method !== 'call' && method !== 'apply')) return missing;
  const [self, ...rest] = call.arguments;
  if (!self || self.kind !== ts.SyntaxKind.ThisKeyword) return missing;
  if (rest.some((arg) => containsThis(ts, arg))) return { why: 'the parent call reads `this` in its arguments (not allowed before super())' };
  if (method === 'call') return { statement: first, text: `super(${rest.map((arg) => arg.getText(sourceFile)).join(', ')});` };
  const [args] = rest;
  if (rest.length !== 1 || !args || !ts.isIdentifier(args) || args.text !== 'arguments') return { why: '`.apply(this, ...)` with something other than `arguments`' };
  return { statement: first, text: 'super(...arguments);' };
}

function containsThis(ts: typeof TS, node: TS.Node): boolean {
  if (node.kind === ts.SyntaxKind.ThisKeyword) return true;
  if (ts.isFunctionDeclaration(node) || ts.isFunctionExpression(node)) return false;
  return ts.forEachChild(node, (child) => containsThis(ts, child) || undefined) ?? false;
}

/** Whether `parent`'s root name is declared by a var/let/const/class after `position` (extends would read it too early). */
export function declaredAfter(ts: typeof TS, sourceFile: TS.SourceFile, parent: TS.Expression, position: number): boolean {
  let root: TS.Expression = parent;
  while (ts.isPropertyAccessExpression(root)) root = root.expression;
  const name = (root as TS.Identifier).text;
  let late = false;
  const visit = (node: TS.Node): void => {
    if (late) return;
    if ((ts.isVariableDeclaration(node) || ts.isClassDeclaration(node)) && node.name && ts.isIdentifier(node.name) &&
      node.name.text === name && node.getStart(sourceFile) > position) {
      late = true;
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return late;
}
