import type { ts } from 'ts-morph';

type TS = typeof ts;

/** Core modules whose deprecated members this pass knows. */
export type CoreModule = 'util' | 'os' | 'crypto' | 'buffer';

/** What a local name is bound to: the module object, or one member taken from it. */
export type CoreBinding =
  | { readonly kind: 'module'; readonly module: CoreModule }
  | { readonly kind: 'member'; readonly module: CoreModule; readonly member: string };

const CORE: ReadonlySet<string> = new Set(['util', 'os', 'crypto', 'buffer']);

function coreModule(specifier: string): CoreModule | undefined {
  const name = specifier.startsWith('node:') ? specifier.slice(5) : specifier;
  if (name === 'sys') return 'util'; // DEP0025: the old name of util
  return CORE.has(name) ? (name as CoreModule) : undefined;
}

function requireOf(t: TS, node: ts.Expression | undefined): CoreModule | undefined {
  if (!node || !t.isCallExpression(node) || !t.isIdentifier(node.expression) || node.expression.text !== 'require') return undefined;
  const arg = node.arguments[0];
  return node.arguments.length === 1 && arg && t.isStringLiteral(arg) ? coreModule(arg.text) : undefined;
}

/**
 * Local names bound to core modules by `const x = require('util')`, `const { a } = require('util')`,
 * `require('buffer').Buffer`, or the import forms. Only names declared exactly once and never
 * written are trusted; a local `util` object is therefore never mistaken for the module.
 */
export function coreBindings(t: TS, sourceFile: ts.SourceFile, declaredCount: ReadonlyMap<string, number>, written: ReadonlySet<string>): Map<string, CoreBinding> {
  const found = new Map<string, CoreBinding>();
  const add = (name: string, binding: CoreBinding): void => {
    if (declaredCount.get(name) === 1 && !written.has(name)) found.set(name, binding);
  };
  for (const statement of sourceFile.statements) {
    if (t.isImportDeclaration(statement) && t.isStringLiteral(statement.moduleSpecifier)) {
      const module = coreModule(statement.moduleSpecifier.text);
      const clause = statement.importClause;
      if (!module || !clause || clause.isTypeOnly) continue;
      if (clause.name) add(clause.name.text, { kind: 'module', module });
      const bindings = clause.namedBindings;
      if (bindings && t.isNamespaceImport(bindings)) add(bindings.name.text, { kind: 'module', module });
      if (bindings && t.isNamedImports(bindings)) {
        for (const element of bindings.elements) {
          if (element.isTypeOnly) continue;
          add(element.name.text, { kind: 'member', module, member: (element.propertyName ?? element.name).text });
        }
      }
      continue;
    }
    if (!t.isVariableStatement(statement)) continue;
    for (const decl of statement.declarationList.declarations) {
      const init = decl.initializer;
      let module = requireOf(t, init);
      if (module && t.isIdentifier(decl.name)) add(decl.name.text, { kind: 'module', module });
      else if (module && t.isObjectBindingPattern(decl.name)) {
        for (const element of decl.name.elements) {
          const key = element.propertyName ?? element.name;
          if (element.dotDotDotToken || element.initializer || !t.isIdentifier(element.name) || !t.isIdentifier(key)) continue;
          add(element.name.text, { kind: 'member', module, member: key.text });
        }
      } else if (init && t.isPropertyAccessExpression(init) && t.isIdentifier(decl.name)) {
        module = requireOf(t, init.expression);
        if (module) add(decl.name.text, { kind: 'member', module, member: init.name.text });
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
