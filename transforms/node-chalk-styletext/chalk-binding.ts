import type { ts } from 'ts-morph';
import type { FileContext } from '../../src/core/pass.js';
import type { NodeRuleContext } from '../shared/node/define.js';
import type { NodeScope } from '../shared/node/scope.js';
import { usesByName } from '../shared/node/scope.js';
import { removeStatementLine } from '../shared/syntax.js';

type TS = typeof ts;

const PACKAGES: ReadonlySet<string> = new Set(['chalk', 'ansi-colors']);

export interface ChalkBinding {
  readonly name: string;
  readonly declaration: ts.Statement;
  readonly kind: 'import' | 'require';
  readonly uses: readonly ts.Identifier[];
  /** The name to call: an existing binding of util.styleText, else `styleText` (imported at the end). */
  readonly styleText: string;
  readonly hasStyleText: boolean;
  /** Set when the file cannot be migrated (a `styleText` of its own); the pass warns and stops. */
  readonly problem?: string;
}

/** The local name `import chalk from 'chalk'` / `const chalk = require('chalk')` declares (top level, default only). */
function declared(t: TS, statement: ts.Statement): { name: string; kind: 'import' | 'require' } | undefined {
  if (t.isImportDeclaration(statement) && t.isStringLiteral(statement.moduleSpecifier) && PACKAGES.has(statement.moduleSpecifier.text)) {
    const clause = statement.importClause;
    return clause?.name && !clause.namedBindings && !clause.isTypeOnly ? { name: clause.name.text, kind: 'import' } : undefined;
  }
  if (!t.isVariableStatement(statement) || statement.declarationList.declarations.length !== 1) return undefined;
  const [decl] = statement.declarationList.declarations;
  const init = decl?.initializer;
  if (!decl || !t.isIdentifier(decl.name) || !init || !t.isCallExpression(init) || !t.isIdentifier(init.expression) || init.expression.text !== 'require') return undefined;
  const [arg] = init.arguments;
  return arg && t.isStringLiteral(arg) && PACKAGES.has(arg.text) ? { name: decl.name.text, kind: 'require' } : undefined;
}

export function chalkBinding(t: TS, sf: ts.SourceFile, scope: NodeScope): ChalkBinding | undefined {
  for (const statement of sf.statements) {
    const found = declared(t, statement);
    if (!found) continue;
    if (scope.names.declared.get(found.name)?.length !== 1 || scope.names.written.has(found.name)) return undefined;
    const uses = (usesByName(t, sf, new Set([found.name])).get(found.name) ?? []).filter((id) => id.parent !== statement && !isDeclarationName(t, id));
    const existing = [...scope.bindings].find(([, binding]) => binding.kind === 'member' && binding.module === 'util' && binding.member === 'styleText');
    const base = { ...found, declaration: statement, uses, hasStyleText: !!existing, styleText: existing?.[0] ?? 'styleText' };
    if (!existing && scope.names.declared.has('styleText')) return { ...base, problem: `${found.name} left alone: this file declares its own styleText` };
    return base;
  }
  return undefined;
}

function isDeclarationName(t: TS, id: ts.Identifier): boolean {
  return (t.isVariableDeclaration(id.parent) || t.isImportClause(id.parent)) && id.parent.name === id;
}

/** Adds `styleText` from node:util where chalk was imported, replacing that import once nothing uses it. */
export function styleImport(rule: NodeRuleContext, binding: ChalkBinding, { chalkUnused }: { chalkUnused: boolean }): void {
  const { ctx } = rule;
  const statement = binding.declaration;
  if (binding.hasStyleText) {
    if (chalkUnused) removeStatementLine(ctx as unknown as FileContext, statement);
    return;
  }
  const quote = statement.getText(ctx.sourceFile).includes('"') ? '"' : "'";
  const semi = statement.getText(ctx.sourceFile).endsWith(';') ? ';' : '';
  const text =
    binding.kind === 'import' ? `import { styleText } from ${quote}node:util${quote}${semi}` : `const { styleText } = require(${quote}node:util${quote})${semi}`;
  if (chalkUnused) ctx.edits.replace(statement, text);
  else ctx.edits.insertAfter(statement, `\n${text}`);
}
