import type { ts as TS } from 'ts-morph';

/**
 * How the rest of the file uses a constructor about to become a class: what a class would
 * break (calls without new, reassignment, a replaced prototype) and what it would change.
 */

/**
 * Why other mentions of the constructor forbid the change, or undefined. `skip`: the statements
 * that become the class (members, inheritance, the parent call), which may mention it freely.
 */
export function usageProblem(ts: typeof TS, sourceFile: TS.SourceFile, decl: TS.FunctionDeclaration, skip: ReadonlySet<TS.Node>): string | undefined {
  const name = decl.name!.text;
  let problem: string | undefined;
  const visit = (node: TS.Node): void => {
    if (problem || skip.has(node)) return;
    if (ts.isIdentifier(node) && node.text === name && node !== decl.name) {
      const parent = node.parent;
      if (node.getStart(sourceFile) < decl.getStart(sourceFile)) problem = `\`${name}\` is used before its declaration (classes are not hoisted)`;
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
