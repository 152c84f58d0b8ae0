import type { ts } from 'ts-morph';
import type { FileContext } from '../../../src/core/pass.js';
import type { CoreBinding } from '../../node-deprecations/bindings.js';
import { removeStatementLine } from '../syntax.js';
import { usesByName } from './scope.js';

type TS = typeof ts;

/** The identifier a binding declaration binds (the local name). */
function declaredName(t: TS, declaration: ts.Node): ts.Identifier | undefined {
  if (t.isImportClause(declaration)) return declaration.name;
  if (t.isNamespaceImport(declaration) || t.isImportSpecifier(declaration) || t.isImportEqualsDeclaration(declaration)) return declaration.name;
  if ((t.isVariableDeclaration(declaration) || t.isBindingElement(declaration)) && t.isIdentifier(declaration.name)) return declaration.name;
  return undefined;
}

/**
 * Names whose every use sits inside an edit this pass recorded, with none of the replacement
 * texts mentioning them again: the rewrite made the binding unused. A binding the file never used
 * is not this pass's business and stays.
 */
function unusedAfterEdits(ctx: FileContext<unknown>, bindings: ReadonlyMap<string, CoreBinding>): Set<string> {
  const t = ctx.ts;
  const edits = ctx.edits.recorded;
  const unused = new Set<string>();
  if (edits.length === 0) return unused;
  const uses = usesByName(t, ctx.sourceFile, new Set(bindings.keys()));
  for (const [name, binding] of bindings) {
    const own = binding.declaration && declaredName(t, binding.declaration);
    const list = (uses.get(name) ?? []).filter((id) => id !== own);
    const inside = list.filter((id) => edits.some((edit) => edit.start <= id.getStart(ctx.sourceFile) && id.getEnd() <= edit.end));
    if (inside.length === 0 || inside.length < list.length) continue;
    const mention = new RegExp(`(^|[^\\w$.])${name.replace(/\$/g, '\\$')}($|[^\\w$])`);
    if (edits.some((edit) => mention.test(edit.text))) continue;
    unused.add(name);
  }
  return unused;
}

/** Rewrites `{ a, b }` (named imports or an object binding pattern) keeping only `kept`. */
function keepOnly(ctx: FileContext<unknown>, list: ts.Node, kept: readonly ts.Node[]): void {
  ctx.edits.replace(list, `{ ${kept.map((node) => node.getText(ctx.sourceFile)).join(', ')} }`);
}

function removeFromImport(ctx: FileContext<unknown>, statement: ts.ImportDeclaration, unused: ReadonlySet<string>, removed: Set<ts.Statement>): void {
  const t = ctx.ts;
  const clause = statement.importClause;
  if (!clause) return;
  const named = clause.namedBindings;
  const specifiers = named && t.isNamedImports(named) ? named.elements : [];
  const keptSpecifiers = specifiers.filter((element) => element.isTypeOnly || !unused.has(element.name.text));
  const defaultGone = !clause.name || unused.has(clause.name.text);
  const namespaceGone = !named || (t.isNamespaceImport(named) ? unused.has(named.name.text) : keptSpecifiers.length === 0);
  if (defaultGone && namespaceGone) {
    removed.add(statement);
    return;
  }
  if (!named || !t.isNamedImports(named) || keptSpecifiers.length === specifiers.length) return;
  if (keptSpecifiers.length > 0) keepOnly(ctx, named, keptSpecifiers);
  // `import util, { isArray } from 'util'` keeps its default import: drop the braces and the comma.
  else if (clause.name) ctx.edits.replaceRange(clause.name.getEnd(), named.getEnd(), '');
}

function removeFromVariable(ctx: FileContext<unknown>, statement: ts.VariableStatement, unused: ReadonlySet<string>, removed: Set<ts.Statement>): void {
  const t = ctx.ts;
  const declarations = statement.declarationList.declarations;
  const [only] = declarations;
  if (declarations.length !== 1 || !only) return; // `var a = require('a'), b = ...` keeps its shape
  if (t.isIdentifier(only.name)) {
    if (unused.has(only.name.text)) removed.add(statement);
    return;
  }
  if (!t.isObjectBindingPattern(only.name)) return;
  const elements = only.name.elements;
  const kept = elements.filter((element) => !t.isIdentifier(element.name) || !unused.has(element.name.text));
  if (kept.length === 0) removed.add(statement);
  else if (kept.length < elements.length) keepOnly(ctx, only.name, kept);
}

/** Removes what the rewrite left unused: whole statements, or single names from a list. */
export function removeBindings(ctx: FileContext<unknown>, bindings: ReadonlyMap<string, CoreBinding>, forced: ReadonlySet<string> = new Set()): void {
  const t = ctx.ts;
  const unused = new Set([...unusedAfterEdits(ctx, bindings), ...forced]);
  if (unused.size === 0) return;
  const statements = new Set<ts.Statement>();
  const removed = new Set<ts.Statement>();
  for (const name of unused) {
    let node: ts.Node | undefined = bindings.get(name)?.declaration;
    while (node && node.parent !== ctx.sourceFile) node = node.parent;
    if (node) statements.add(node as ts.Statement);
  }
  for (const statement of statements) {
    const [start, end] = [statement.getStart(ctx.sourceFile), statement.getEnd()];
    if (ctx.edits.recorded.some((edit) => edit.start < end && start < edit.end)) continue; // rewritten in place already
    if (t.canHaveModifiers(statement) && t.getModifiers(statement)?.some((modifier) => modifier.kind === t.SyntaxKind.ExportKeyword)) continue; // others may use it
    if (t.isImportDeclaration(statement)) removeFromImport(ctx, statement, unused, removed);
    else if (t.isVariableStatement(statement)) removeFromVariable(ctx, statement, unused, removed);
    else if (t.isImportEqualsDeclaration(statement) && unused.has(statement.name.text)) removed.add(statement);
  }
  removeStatements(ctx, removed);
}

/**
 * Removes whole statements (each its line). When they are the first lines of the file, the blank
 * line that separated them from the code goes too, so the file does not start with one.
 */
export function removeStatements(ctx: FileContext<unknown>, statements: ReadonlySet<ts.Statement>): void {
  for (const statement of statements) removeStatementLine(ctx as FileContext, statement);
  const all = ctx.sourceFile.statements;
  const first = all[0];
  if (!first || !statements.has(first) || ctx.text.slice(0, first.getStart(ctx.sourceFile)).trim() !== '') return;
  let count = 0;
  while (count < all.length && statements.has(all[count]!)) count++;
  if (count === all.length) return;
  const lineEnd = ctx.text.indexOf('\n', all[count - 1]!.getEnd());
  const blank = lineEnd === -1 ? null : /^[ \t]*\r?\n/.exec(ctx.text.slice(lineEnd + 1));
  if (blank && ctx.edits.recorded.some((edit) => edit.end === lineEnd + 1)) ctx.edits.replaceRange(lineEnd + 1, lineEnd + 1 + blank[0].length, '');
}
