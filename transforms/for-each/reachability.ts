import type { ts as TS } from 'ts-morph';
import { declarationsOf } from './array-evidence.js';

function enclosingFunction(ts: typeof TS, node: TS.Node): TS.Node {
  let current = node.parent;
  while (!ts.isSourceFile(current) && !ts.isFunctionLike(current)) current = current.parent;
  return current;
}

/**
 * Whether code other than the loop itself could hold the array named `name` (so a function
 * called from the callback could push to it: forEach would not visit the new elements, a loop
 * would). True for parameters (the caller has it), exported variables, and variables that are
 * used other than as `name.member` or from inside nested functions.
 */
export function mayBeReachedElsewhere(ts: typeof TS, sourceFile: TS.SourceFile, name: string): boolean {
  const declarations = declarationsOf(ts, sourceFile, name);
  if (declarations.length !== 1) return true;
  const declaration = declarations[0]!.parent;
  if (!ts.isVariableDeclaration(declaration)) return true;
  const statement = declaration.parent.parent;
  if (ts.isVariableStatement(statement) && statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) return true;
  const home = enclosingFunction(ts, declaration);
  let reached = false;
  const visit = (node: TS.Node): void => {
    if (reached) return;
    const parent = node.parent;
    const isPropertyName = parent && ((ts.isPropertyAccessExpression(parent) && parent.name === node) ||
      ((ts.isPropertyAssignment(parent) || ts.isMethodDeclaration(parent) || ts.isPropertyDeclaration(parent)) && parent.name === node));
    if (ts.isIdentifier(node) && node.text === name && node !== declarations[0] && !isPropertyName) {
      const memberUse = ts.isPropertyAccessExpression(parent) && parent.expression === node;
      if (!memberUse || enclosingFunction(ts, node) !== home) reached = true;
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return reached;
}

/** True when running `body` may call other code (calls, `new`, tagged templates). */
export function mayCallOut(ts: typeof TS, body: TS.Node): boolean {
  let found = false;
  const visit = (node: TS.Node): void => {
    if (found) return;
    if (ts.isCallExpression(node) || ts.isNewExpression(node) || ts.isTaggedTemplateExpression(node)) found = true;
    else ts.forEachChild(node, visit);
  };
  visit(body);
  return found;
}
