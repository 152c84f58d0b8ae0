import { ts } from '../../core/parse.js';

/** What one local name is bound to: a module as a whole, or one of its exports. */
export type Bound = { readonly module: string; readonly name?: string };

/** Local names bound by `import` and `require` to Node modules, keyed by local name. */
export type ModuleBindings = ReadonlyMap<string, Bound>;

/** `node:fs` and `fs` are the same module. */
const moduleName = (specifier: string): string => specifier.replace(/^node:/, '');

function requiredModule(node: ts.Expression | undefined): string | undefined {
  if (!node || !ts.isCallExpression(node)) return undefined;
  if (!ts.isIdentifier(node.expression) || node.expression.text !== 'require') return undefined;
  const [arg] = node.arguments;
  return arg && ts.isStringLiteralLike(arg) ? moduleName(arg.text) : undefined;
}

function bindPattern(name: ts.BindingName, module: string, into: Map<string, Bound>): void {
  if (ts.isIdentifier(name)) {
    into.set(name.text, { module });
    return;
  }
  if (!ts.isObjectBindingPattern(name)) return;
  for (const element of name.elements) {
    const imported = element.propertyName && ts.isIdentifier(element.propertyName) ? element.propertyName.text : ts.isIdentifier(element.name) ? element.name.text : undefined;
    if (imported && ts.isIdentifier(element.name)) into.set(element.name.text, { module, name: imported });
  }
}

/**
 * Reads a file's imports and top-level-or-nested `require` declarations. Shadowing by an inner
 * declaration of the same name is not tracked: rules only ever use a binding to *narrow* what
 * they flag (an `exec` that is not child_process's is left alone).
 */
export function moduleBindings(sourceFile: ts.SourceFile): ModuleBindings {
  const bindings = new Map<string, Bound>();
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier) && node.importClause) {
      const module = moduleName(node.moduleSpecifier.text);
      const clause = node.importClause;
      if (clause.name) bindings.set(clause.name.text, { module });
      const named = clause.namedBindings;
      if (named && ts.isNamespaceImport(named)) bindings.set(named.name.text, { module });
      if (named && ts.isNamedImports(named)) {
        for (const element of named.elements) {
          const imported = element.propertyName ?? element.name;
          bindings.set(element.name.text, { module, name: ts.isIdentifier(imported) ? imported.text : imported.text });
        }
      }
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference) && ts.isStringLiteral(node.moduleReference.expression)) {
      bindings.set(node.name.text, { module: moduleName(node.moduleReference.expression.text) });
    } else if (ts.isVariableDeclaration(node)) {
      const module = requiredModule(node.initializer);
      if (module) bindPattern(node.name, module, bindings);
      // const exec = require('child_process').exec
      else if (node.initializer && ts.isPropertyAccessExpression(node.initializer) && ts.isIdentifier(node.name)) {
        const inner = requiredModule(node.initializer.expression);
        if (inner) bindings.set(node.name.text, { module: inner, name: node.initializer.name.text });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return bindings;
}

/**
 * Which module export a call's callee is: `exec(...)` bound by a named import, `cp.exec(...)` on
 * a namespace binding, or `require('child_process').exec(...)` inline.
 */
export function calleeExport(callee: ts.Expression, bindings: ModuleBindings): Required<Bound> | undefined {
  if (ts.isIdentifier(callee)) {
    const bound = bindings.get(callee.text);
    return bound?.name ? { module: bound.module, name: bound.name } : undefined;
  }
  if (ts.isPropertyAccessExpression(callee)) {
    const target = callee.expression;
    const module = ts.isIdentifier(target) ? (bindings.get(target.text)?.name ? undefined : bindings.get(target.text)?.module) : requiredModule(target);
    return module ? { module, name: callee.name.text } : undefined;
  }
  return undefined;
}
