import type { ts as TS } from 'ts-morph';
import { hasUseStrictDirective } from '../shared/syntax.js';

const STRICT_RESERVED = new Set(['implements', 'interface', 'let', 'package', 'private', 'protected', 'public', 'static', 'yield']);


/** True when code at `node` already runs in strict mode (ES module or a "use strict" directive around it). */
export function isStrictAt(ts: typeof TS, sourceFile: TS.SourceFile, node: TS.Node, isModule: boolean): boolean {
  if (isModule) return true;
  for (let current: TS.Node | undefined = node; current; current = current.parent) {
    if (ts.isSourceFile(current) && hasUseStrictDirective(ts, current.statements)) return true;
    if (ts.isFunctionLike(current) && (current as { body?: TS.Node }).body && ts.isBlock((current as { body: TS.Node }).body)) {
      if (hasUseStrictDirective(ts, (current as { body: TS.Block }).body.statements)) return true;
    }
    if (ts.isClassLike(current)) return true;
  }
  return false;
}

/** Every name declared anywhere in the file (a conservative stand-in for scope analysis). */
export function declaredNames(ts: typeof TS, sourceFile: TS.SourceFile): Set<string> {
  const names = new Set<string>();
  const visit = (node: TS.Node): void => {
    const name = (node as { name?: TS.Node }).name;
    if (name && ts.isIdentifier(name) && (ts.isVariableDeclaration(node) || ts.isParameter(node) || ts.isBindingElement(node) ||
      ts.isFunctionDeclaration(node) || ts.isFunctionExpression(node) || ts.isClassLike(node) || ts.isImportSpecifier(node) ||
      ts.isImportClause(node) || ts.isNamespaceImport(node))) {
      names.add(name.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return names;
}

/**
 * Why `fn` might behave differently once its body is strict (class bodies always are), or
 * undefined. Checks what a syntax pass can see; `this` in detached calls is documented instead.
 */
export function sloppyDependency(ts: typeof TS, fn: TS.FunctionLikeDeclaration, declared: ReadonlySet<string>): string | undefined {
  let problem: string | undefined;
  const hasParams = fn.parameters.length > 0;
  const visit = (node: TS.Node): void => {
    if (problem) return;
    if (ts.isWithStatement(node)) problem = 'uses `with`';
    else if (ts.isNumericLiteral(node) && /^0[0-9]/.test(node.getText())) problem = 'uses a legacy octal literal';
    else if (ts.isDeleteExpression(node) && ts.isIdentifier(node.expression)) problem = 'deletes a plain name';
    else if (ts.isFunctionDeclaration(node) && !(ts.isBlock(node.parent) && ts.isFunctionLike(node.parent.parent))) {
      problem = 'declares a function inside a block (scoped differently in strict mode)';
    }
    else if (ts.isIdentifier(node)) {
      if (STRICT_RESERVED.has(node.text)) problem = `uses \`${node.text}\`, reserved in strict mode`;
      else if (node.text === 'eval') problem = 'uses eval';
      else if (node.text === 'arguments') {
        const parent = node.parent;
        if (ts.isPropertyAccessExpression(parent) && ['callee', 'caller'].includes(parent.name.text)) problem = `uses \`arguments.${parent.name.text}\``;
        else if (hasParams) problem = 'reads `arguments` while having parameters (sloppy mode aliases them)';
      }
    } else if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isIdentifier(node.left) &&
      !declared.has(node.left.text)) {
      problem = `assigns \`${node.left.text}\`, not declared in this file (an implicit global; strict mode throws)`;
    }
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(fn, visit);
  return problem;
}
