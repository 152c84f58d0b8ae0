import type { ts } from 'ts-morph';

type TS = typeof ts;

/** Core modules whose deprecated members the node-* passes know. */
export type CoreModule =
  | 'util'
  | 'os'
  | 'crypto'
  | 'buffer'
  | 'fs'
  | 'url'
  | 'process'
  | 'module'
  | 'repl'
  | 'timers'
  | 'zlib'
  | 'http'
  | 'https'
  | 'tls'
  | 'http2'
  | 'assert';

/**
 * What a local name is bound to: the module object, or one member taken from it. `declaration`
 * is the node that binds it (import specifier, clause, namespace import, variable declaration or
 * binding element), so a pass that rewrote every use can remove it.
 */
export type CoreBinding =
  | { readonly kind: 'module'; readonly module: CoreModule; readonly declaration?: ts.Node }
  | { readonly kind: 'member'; readonly module: CoreModule; readonly member: string; readonly declaration?: ts.Node };

const CORE: ReadonlySet<string> = new Set([
  'util', 'os', 'crypto', 'buffer', 'fs', 'url', 'process', 'module', 'repl', 'timers', 'zlib', 'http', 'https', 'tls', 'http2', 'assert',
]);

/** A specifier names the module itself or one of its members (`fs/promises` is `fs.promises`). */
type Target = { readonly module: CoreModule; readonly member?: string };

function coreTarget(specifier: string): Target | undefined {
  const name = specifier.startsWith('node:') ? specifier.slice(5) : specifier;
  if (name === 'sys') return { module: 'util' }; // DEP0025: the old name of util
  if (name === 'fs/promises') return { module: 'fs', member: 'promises' };
  return CORE.has(name) ? { module: name as CoreModule } : undefined;
}

function coreModule(specifier: string): CoreModule | undefined {
  const target = coreTarget(specifier);
  return target && !target.member ? target.module : undefined;
}

/** `require('fs')` (or `require('node:fs/promises')`): the core target it loads. */
export function requireTarget(t: TS, node: ts.Expression | undefined): Target | undefined {
  if (!node || !t.isCallExpression(node) || !t.isIdentifier(node.expression) || node.expression.text !== 'require') return undefined;
  const arg = node.arguments[0];
  return node.arguments.length === 1 && arg && t.isStringLiteral(arg) ? coreTarget(arg.text) : undefined;
}

function bindingOf(target: Target, declaration: ts.Node, member?: string): CoreBinding {
  if (target.member) return { kind: 'member', module: target.module, member: member ? `${target.member}.${member}` : target.member, declaration };
  return member ? { kind: 'member', module: target.module, member, declaration } : { kind: 'module', module: target.module, declaration };
}

/**
 * Local names bound to core modules by `const x = require('util')`, `const { a } = require('util')`,
 * `require('buffer').Buffer`, or the import forms. Only names declared exactly once and never
 * written are trusted; a local `util` object is therefore never mistaken for the module.
 * A member binding of `fs/promises` reads `promises.<name>`.
 */
export function coreBindings(t: TS, sourceFile: ts.SourceFile, declaredCount: ReadonlyMap<string, number>, written: ReadonlySet<string>): Map<string, CoreBinding> {
  const found = new Map<string, CoreBinding>();
  const add = (name: string, binding: CoreBinding): void => {
    if (declaredCount.get(name) === 1 && !written.has(name)) found.set(name, binding);
  };
  for (const statement of sourceFile.statements) {
    if (t.isImportDeclaration(statement) && t.isStringLiteral(statement.moduleSpecifier)) {
      const target = coreTarget(statement.moduleSpecifier.text);
      const clause = statement.importClause;
      if (!target || !clause || clause.isTypeOnly) continue;
      if (clause.name) add(clause.name.text, bindingOf(target, clause));
      const bindings = clause.namedBindings;
      if (bindings && t.isNamespaceImport(bindings)) add(bindings.name.text, bindingOf(target, bindings));
      if (bindings && t.isNamedImports(bindings)) {
        for (const element of bindings.elements) {
          if (element.isTypeOnly) continue;
          add(element.name.text, bindingOf(target, element, (element.propertyName ?? element.name).text));
        }
      }
      continue;
    }
    if (t.isImportEqualsDeclaration(statement) && !statement.isTypeOnly && t.isExternalModuleReference(statement.moduleReference)) {
      const specifier = statement.moduleReference.expression;
      const target = t.isStringLiteral(specifier) ? coreTarget(specifier.text) : undefined;
      if (target) add(statement.name.text, bindingOf(target, statement));
      continue;
    }
    if (!t.isVariableStatement(statement)) continue;
    for (const decl of statement.declarationList.declarations) {
      const init = decl.initializer;
      let target = requireTarget(t, init);
      if (target && t.isIdentifier(decl.name)) add(decl.name.text, bindingOf(target, decl));
      else if (target && t.isObjectBindingPattern(decl.name)) {
        for (const element of decl.name.elements) {
          const key = element.propertyName ?? element.name;
          if (element.dotDotDotToken || element.initializer || !t.isIdentifier(element.name) || !t.isIdentifier(key)) continue;
          add(element.name.text, bindingOf(target, element, key.text));
        }
      } else if (init && t.isPropertyAccessExpression(init) && t.isIdentifier(decl.name)) {
        target = requireTarget(t, init.expression);
        if (target) add(decl.name.text, bindingOf(target, decl, init.name.text));
      }
    }
  }
  return found;
}

/** Resolves `util.isArray` / `isArray` (destructured) to the module member it names. */
export function memberAt(t: TS, callee: ts.Expression, bindings: ReadonlyMap<string, CoreBinding>): { module: CoreModule; member: string } | undefined {
  if (t.isIdentifier(callee)) {
    const binding = bindings.get(callee.text);
    return binding?.kind === 'member' ? binding : undefined;
  }
  if (t.isPropertyAccessExpression(callee) && t.isIdentifier(callee.expression) && t.isIdentifier(callee.name)) {
    const binding = bindings.get(callee.expression.text);
    return binding?.kind === 'module' ? { module: binding.module, member: callee.name.text } : undefined;
  }
  return undefined;
}

export { coreModule };
