import type { ts as TS } from 'ts-morph';

/** The constructor about to become a class: `function Foo() {}` or `var Foo = function () {}`. */
export interface Ctor {
  readonly statement: TS.FunctionDeclaration | TS.VariableStatement;
  readonly fn: TS.FunctionDeclaration | TS.FunctionExpression;
  readonly name: string;
  /** The identifiers that declare it here (the variable's and the function's own name). */
  readonly names: readonly TS.Node[];
  /** What stays in front of `class` (`export `, `export default `). */
  readonly prefix: string;
}

/** The constructor a statement declares, or undefined. */
export function ctorOf(ts: typeof TS, sourceFile: TS.SourceFile, text: string, statement: TS.Statement): Ctor | undefined {
  if (ts.isFunctionDeclaration(statement) && statement.name && statement.body) {
    const keyword = statement.getChildren(sourceFile).find((child) => child.kind === ts.SyntaxKind.FunctionKeyword)!;
    const prefix = text.slice(statement.getStart(sourceFile), keyword.getStart(sourceFile));
    return { statement, fn: statement, name: statement.name.text, names: [statement.name], prefix };
  }
  if (!ts.isVariableStatement(statement) || statement.declarationList.declarations.length !== 1) return undefined;
  const decl = statement.declarationList.declarations[0]!;
  const fn = decl.initializer;
  if (!ts.isIdentifier(decl.name) || decl.type || !fn || !ts.isFunctionExpression(fn) || (fn.name && fn.name.text !== decl.name.text)) return undefined;
  // `var Foo = /* ... */ function`: nothing between the name and the function but `=`.
  if (!/^\s*=\s*$/.test(text.slice(decl.name.getEnd(), fn.getStart(sourceFile)))) return undefined;
  const prefix = text.slice(statement.getStart(sourceFile), statement.declarationList.getStart(sourceFile));
  return { statement, fn, name: decl.name.text, names: fn.name ? [decl.name, fn.name] : [decl.name], prefix };
}

/**
 * How the rest of the file uses a constructor about to become a class: what a class would
 * break (calls without new, reassignment, a replaced prototype) and what it would change.
 */

/**
 * Why other mentions of the constructor forbid the change, or undefined. `skip`: the statements
 * that become the class (members, inheritance, the parent call), which may mention it freely.
 */
export function usageProblem(ts: typeof TS, sourceFile: TS.SourceFile, ctor: Ctor, skip: ReadonlySet<TS.Node>): string | undefined {
  const { name } = ctor;
  const start = ctor.statement.getStart(sourceFile);
  let problem: string | undefined;
  const visit = (node: TS.Node): void => {
    if (problem || skip.has(node)) return;
    if (ts.isIdentifier(node) && node.text === name && !ctor.names.includes(node)) {
      const parent = node.parent;
      const declares = (ts.isVariableDeclaration(parent) || ts.isFunctionDeclaration(parent) || ts.isClassDeclaration(parent) ||
        ts.isParameter(parent) || ts.isImportClause(parent) || ts.isImportSpecifier(parent)) && (parent as { name?: TS.Node }).name === node;
      if (declares) problem = `\`${name}\` is declared more than once in this file (a class binding cannot be redeclared)`;
      else if (node.getStart(sourceFile) < start) problem = `\`${name}\` is used before its declaration (classes are not hoisted)`;
      else if (ts.isCallExpression(parent) && parent.expression === node) problem = `\`${name}\` is called without new (classes throw)`;
      else if (ts.isBinaryExpression(parent) && parent.left === node && parent.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
        problem = `\`${name}\` is reassigned (methods would still see the class through its own inner binding)`;
      }
      else if (ts.isPropertyAccessExpression(parent) && parent.expression === node) {
        const property = parent.name.text;
        if (['call', 'apply', 'bind'].includes(property)) problem = `\`${name}.${property}\` is used (classes cannot be called)`;
        else if (property === 'super_') problem = `\`${name}.super_\` is read (util.inherits sets it; a class does not)`;
        else if (property === 'prototype') {
          const outer = parent.parent;
          if (ts.isBinaryExpression(outer) && outer.left === parent && outer.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
            problem = `\`${name}.prototype\` is replaced`;
          } else if (!(ts.isPropertyAccessExpression(outer) || ts.isElementAccessExpression(outer)) || outer.expression !== parent) {
            problem = `\`${name}.prototype\` is passed around (methods become non-enumerable)`;
          }
        }
      } else if (ts.isCallExpression(parent) && parent.arguments.includes(node)) {
        const callee = parent.expression.getText(sourceFile);
        if (/inherits|setPrototypeOf|extend|mixin/i.test(callee)) problem = `\`${name}\` takes part in inheritance (\`${callee}\`)`;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return problem;
}

/** Whether the file constructs `name` with `new` (evidence that a function is a constructor). */
export function isConstructed(ts: typeof TS, sourceFile: TS.SourceFile, name: string): boolean {
  const visit = (node: TS.Node): boolean =>
    (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === name) || (ts.forEachChild(node, visit) ?? false);
  return visit(sourceFile);
}

/** Whether the file reads `.constructor` anywhere (`Foo.prototype.constructor = Foo` is a write). */
export function readsConstructor(ts: typeof TS, sourceFile: TS.SourceFile): boolean {
  const visit = (node: TS.Node): boolean => {
    const isConstructor = (ts.isPropertyAccessExpression(node) && node.name.text === 'constructor') ||
      (ts.isElementAccessExpression(node) && ts.isStringLiteral(node.argumentExpression) && node.argumentExpression.text === 'constructor');
    if (isConstructor) {
      const parent = node.parent;
      const written = ts.isBinaryExpression(parent) && parent.left === node && parent.operatorToken.kind === ts.SyntaxKind.EqualsToken;
      if (!written) return true;
    }
    return ts.forEachChild(node, visit) ?? false;
  };
  return visit(sourceFile);
}

/** Whether a named method function refers to its own name (which a class method does not bind). */
export function sloppyNameUsed(ts: typeof TS, fn: TS.FunctionExpression): boolean {
  const name = fn.name!.text;
  let used = false;
  const visit = (node: TS.Node): void => {
    if (used) return;
    if (ts.isIdentifier(node) && node.text === name) used = true;
    else ts.forEachChild(node, visit);
  };
  ts.forEachChild(fn.body, visit);
  return used;
}
