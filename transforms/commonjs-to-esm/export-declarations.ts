import type { ts } from 'ts-morph';
import type { TextEdit } from './exports.js';
import { isBindableName, isNameUse } from './names.js';

type TS = typeof ts;

/**
 * `exports.foo = function () {}` / `function foo() {}` / `class {}` / `class Foo {}` as
 * `export function foo() {}` / `export class Foo {}`: the edits, or undefined when the name is
 * used for anything else in the file (the declaration would capture or shadow it) or differs
 * from the function's own name. Arrows stay `export const` (a declaration would change `this`).
 */
export function declarationExport(t: TS, sourceFile: ts.SourceFile, statement: ts.Statement, value: ts.Expression, name: string, taken: ReadonlySet<string>): TextEdit[] | undefined {
  if (!t.isFunctionExpression(value) && !t.isClassExpression(value)) return undefined;
  if (!isBindableName(name) || (value.name && value.name.text !== name) || value.modifiers?.some((m) => m.kind !== t.SyntaxKind.AsyncKeyword)) return undefined;
  // Fresh names handed out so far are in `taken` too; any mention outside the value is a clash.
  if (!value.name && taken.has(name)) return undefined;
  if (value.name && mentionedOutside(t, sourceFile, name, value)) return undefined;
  const edits: TextEdit[] = [{ start: statement.getStart(sourceFile), end: value.getStart(sourceFile), text: 'export ' }];
  // Drop the `;` after the body: `export function f() {};` would leave an empty statement.
  if (value.getEnd() !== statement.getEnd()) edits.push({ start: value.getEnd(), end: statement.getEnd(), text: '' });
  if (!value.name) {
    // Name the anonymous value: `function* (` → `function* foo(`, `class {` → `class Foo {`.
    const children = value.getChildren(sourceFile);
    const kinds = t.isFunctionExpression(value) ? [t.SyntaxKind.OpenParenToken, t.SyntaxKind.LessThanToken] : [t.SyntaxKind.OpenBraceToken];
    const keyword = children.find((child) => child.kind === t.SyntaxKind.FunctionKeyword || child.kind === t.SyntaxKind.ClassKeyword)!;
    const from = (t.isFunctionExpression(value) && value.asteriskToken) || keyword;
    const to = t.isClassExpression(value) && value.heritageClauses ? value.heritageClauses[0]!.getStart(sourceFile) : children.find((child) => kinds.includes(child.kind))!.getStart(sourceFile);
    edits.push({ start: from.getEnd(), end: to, text: t.isClassExpression(value) ? ` ${name} ` : ` ${name}` });
  }
  return edits;
}

function mentionedOutside(t: TS, sourceFile: ts.SourceFile, name: string, inside: ts.Node): boolean {
  const visit = (node: ts.Node): boolean => {
    if (node === inside) return false;
    if (t.isIdentifier(node)) return node.text === name && isNameUse(t, node);
    return t.forEachChild(node, visit) ?? false;
  };
  return visit(sourceFile);
}
