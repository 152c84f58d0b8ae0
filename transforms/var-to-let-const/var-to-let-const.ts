import type { ts } from 'ts-morph';
import { definePass, type FileContext } from '../../src/core/pass.js';
import { moduleKindOf, SOURCE_TYPE_OPTION, type ModuleKind, type SourceType } from '../shared/module-kind.js';
import { analyzeScopes, type Binding, type Scope, type ScopeAnalysis } from './scope.js';

type Verdict = { kind: 'convert'; keyword: 'let' | 'const' } | { kind: 'refuse'; reason: string };

interface Analysis {
  readonly ctx: FileContext;
  readonly ts: typeof ts;
  readonly scopes: ScopeAnalysis;
  readonly moduleKind: ModuleKind;
}

export const pass = definePass<{ sourceType: SourceType }>({
  id: 'var-to-let-const',
  title: 'Replace var with let or const',
  description:
    'Turns each `var` statement into `const` when none of its bindings is ever reassigned, else `let`. ' +
    'Leaves `var` (with a warning) where block scoping would change behaviour: use before the declaration, ' +
    'redeclaration, use outside the declaring block or switch case, closures capturing a loop variable, ' +
    'uninitialized declarations inside loops, top-level `var` in scripts (global properties), eval/with.',
  needs: 'syntax',
  jsdoc: false,
  version: '1',
  match: [/\bvar\b/],
  options: { sourceType: SOURCE_TYPE_OPTION },
  visit(ctx) {
    const tsApi = ctx.ts;
    const sourceFile = ctx.sourceFile;
    if (sourceFile.isDeclarationFile) return;
    let analysis: Analysis | undefined;
    const visit = (node: ts.Node): void => {
      if (tsApi.isVariableDeclarationList(node) && isPlainVar(node, tsApi) && node.declarations.length > 0) {
        analysis ??= {
          ctx,
          ts: tsApi,
          scopes: analyzeScopes(sourceFile, tsApi),
          moduleKind: moduleKindOf(sourceFile, tsApi, ctx.options.sourceType),
        };
        if (!isAmbient(node, tsApi)) {
          const verdict = judge(node, analysis);
          if (verdict.kind === 'convert') {
            const start = node.getStart(sourceFile);
            ctx.edits.replaceRange(start, start + 3, verdict.keyword);
            ctx.stat(`var to ${verdict.keyword}`);
          } else {
            ctx.warn(`kept var: ${verdict.reason}`, node);
          }
        }
      }
      tsApi.forEachChild(node, visit);
    };
    visit(sourceFile);
  },
});

export default pass;

function isPlainVar(list: ts.VariableDeclarationList, tsApi: typeof ts): boolean {
  const blockFlags = tsApi.NodeFlags.Let | tsApi.NodeFlags.Const | tsApi.NodeFlags.Using | tsApi.NodeFlags.AwaitUsing;
  return (list.flags & blockFlags) === 0;
}

function isAmbient(list: ts.VariableDeclarationList, tsApi: typeof ts): boolean {
  for (let node: ts.Node | undefined = list; node; node = node.parent) {
    if (tsApi.canHaveModifiers(node) && tsApi.getModifiers(node)?.some((m) => m.kind === tsApi.SyntaxKind.DeclareKeyword)) {
      return true;
    }
  }
  return false;
}

function isLoop(node: ts.Node, tsApi: typeof ts): node is ts.IterationStatement {
  return (
    tsApi.isForStatement(node) ||
    tsApi.isForInStatement(node) ||
    tsApi.isForOfStatement(node) ||
    tsApi.isWhileStatement(node) ||
    tsApi.isDoStatement(node)
  );
}

function isFunctionLike(node: ts.Node, tsApi: typeof ts): boolean {
  return tsApi.isFunctionLike(node) || tsApi.isClassStaticBlockDeclaration(node);
}

function contains(outer: ts.Node, inner: ts.Node): boolean {
  return inner.pos >= outer.pos && inner.end <= outer.end;
}

function namesOf(name: ts.BindingName, tsApi: typeof ts, into: ts.Identifier[] = []): ts.Identifier[] {
  if (tsApi.isIdentifier(name)) into.push(name);
  else for (const element of name.elements) if (tsApi.isBindingElement(element)) namesOf(element.name, tsApi, into);
  return into;
}

function judge(list: ts.VariableDeclarationList, analysis: Analysis): Verdict {
  const { ts: tsApi, scopes } = analysis;
  const holder = list.parent;
  const inForHead = tsApi.isForStatement(holder) || tsApi.isForInStatement(holder) || tsApi.isForOfStatement(holder);
  const iteratesHead = tsApi.isForInStatement(holder) || tsApi.isForOfStatement(holder);
  if (!inForHead) {
    const container = holder.parent;
    const allowed =
      tsApi.isBlock(container) ||
      tsApi.isSourceFile(container) ||
      tsApi.isCaseClause(container) ||
      tsApi.isDefaultClause(container) ||
      tsApi.isModuleBlock(container);
    if (!allowed) return { kind: 'refuse', reason: 'a let/const cannot be the single-statement body of if/else/label/loop' };
  }
  // The node the block-scoped binding would live in (a case clause stands for its switch, see below).
  const block = inForHead ? holder : holder.parent;
  const functionScope = enclosingScope(list, scopes, 'function');
  if (tsApi.isModuleBlock(functionScope.node) && hasExport(holder, tsApi)) {
    return { kind: 'refuse', reason: 'exported from a namespace (other files may assign it)' };
  }
  if (functionScope.node.kind === tsApi.SyntaxKind.SourceFile && analysis.moduleKind === 'script') {
    return { kind: 'refuse', reason: 'top-level var in a script creates a global-object property (file has no import/export/require)' };
  }
  if (scopes.usesDynamicScope(functionScope.node)) return { kind: 'refuse', reason: 'the function uses eval or with' };

  let written = false;
  for (const declaration of list.declarations) {
    const declEnd = iteratesHead ? (holder as ts.ForInOrOfStatement).expression.end : declaration.end;
    const deferredInit = isDeferred(declaration.initializer, tsApi) ? declaration.initializer : undefined;
    if (!declaration.initializer && !iteratesHead && insideLoopBody(list, functionScope.node, tsApi)) {
      return { kind: 'refuse', reason: 'declared without initializer inside a loop (var keeps its value across iterations)' };
    }
    for (const name of namesOf(declaration.name, tsApi)) {
      const binding = functionScope.bindings.get(name.text);
      if (!binding) return { kind: 'refuse', reason: `cannot resolve \`${name.text}\`` };
      if (binding.declarations.length > 1) return { kind: 'refuse', reason: `\`${name.text}\` is declared more than once in this function` };
      if (shadowedBetween(list, functionScope, name.text, scopes)) {
        return { kind: 'refuse', reason: `\`${name.text}\` is also declared in an enclosing block or catch clause` };
      }
      const reason = checkReferences(binding, { list, block, declEnd, deferredInit, functionScope, analysis, early: new Set() });
      if (reason) return { kind: 'refuse', reason };
      if (binding.references.some((reference) => reference.write)) written = true;
    }
  }
  const allInitialized = iteratesHead || list.declarations.every((declaration) => declaration.initializer !== undefined);
  return { kind: 'convert', keyword: written || !allInitialized ? 'let' : 'const' };
}

interface ReferenceCheck {
  readonly list: ts.VariableDeclarationList;
  readonly block: ts.Node;
  readonly declEnd: number;
  readonly deferredInit: ts.Node | undefined;
  readonly functionScope: Scope;
  readonly analysis: Analysis;
  /** Function declarations found to possibly run before this declaration. */
  readonly early: Set<ts.Node>;
}

function checkReferences(binding: Binding, check: ReferenceCheck): string | undefined {
  const { ts: tsApi, ctx } = check.analysis;
  const { list, block, declEnd, deferredInit, functionScope } = check;
  const loop = enclosingLoop(list, functionScope.node, tsApi);
  for (const reference of binding.references) {
    const node = reference.node;
    if (!contains(block, node)) {
      const where = tsApi.isCaseClause(block) || tsApi.isDefaultClause(block) ? 'in another switch case' : 'outside its block';
      return `\`${binding.name}\` is used ${where} (line ${lineOf(ctx, node)})`;
    }
    const start = node.getStart(ctx.sourceFile);
    if (start < declEnd && !(deferredInit && contains(deferredInit, node))) {
      return `\`${binding.name}\` is used before its declaration (line ${lineOf(ctx, node)})`;
    }
    const early = calledEarly(node, check);
    if (early) return `\`${binding.name}\` is read in function \`${early}\`, which may run before the declaration`;
    if (loop && closureBetween(node, functionScope.node, tsApi)) {
      return `\`${binding.name}\` is captured by a closure inside a loop (let would give each iteration its own binding)`;
    }
  }
  return undefined;
}

function lineOf(ctx: FileContext, node: ts.Node): number {
  return ctx.sourceFile.getLineAndCharacterOfPosition(node.getStart(ctx.sourceFile)).line + 1;
}

/** Initializers whose body cannot run before the binding is initialized. */
function isDeferred(initializer: ts.Expression | undefined, tsApi: typeof ts): boolean {
  if (!initializer) return false;
  let inner: ts.Expression = initializer;
  while (tsApi.isParenthesizedExpression(inner)) inner = inner.expression;
  return tsApi.isFunctionExpression(inner) || tsApi.isArrowFunction(inner) || tsApi.isClassExpression(inner);
}

/**
 * A reference inside a hoisted function declaration runs whenever that function is called. The
 * function may run before the `var` if it is referenced before it, or referenced inside another
 * function declaration that may (followed transitively: `main(); var x; function main() { helper(); }
 * function helper() { x; }`).
 */
function calledEarly(reference: ts.Node, check: ReferenceCheck): string | undefined {
  for (const fn of enclosingFunctionDeclarations(reference, check)) {
    if (mayRunEarly(fn, check, new Set())) return fn.name!.text;
  }
  return undefined;
}

function enclosingFunctionDeclarations(node: ts.Node, check: ReferenceCheck): ts.FunctionDeclaration[] {
  const tsApi = check.analysis.ts;
  const found: ts.FunctionDeclaration[] = [];
  for (let current = node.parent; current && current !== check.functionScope.node; current = current.parent) {
    if (tsApi.isFunctionDeclaration(current) && current.name) found.push(current);
  }
  return found;
}

function mayRunEarly(fn: ts.FunctionDeclaration, check: ReferenceCheck, visiting: Set<ts.Node>): boolean {
  if (check.early.has(fn)) return true;
  if (visiting.has(fn)) return false;
  visiting.add(fn);
  const { scopes, ctx } = check.analysis;
  const binding = enclosingScope(fn.parent, scopes, 'any').bindings.get(fn.name!.text);
  const early =
    !binding ||
    binding.references.some(
      (other) =>
        !contains(fn, other.node) &&
        (other.node.getStart(ctx.sourceFile) < check.declEnd ||
          enclosingFunctionDeclarations(other.node, check).some((caller) => mayRunEarly(caller, check, visiting))),
    );
  // Only positive answers are cached: a negative one may be cut short by a cycle.
  if (early) check.early.add(fn);
  return early;
}

function closureBetween(reference: ts.Node, functionNode: ts.Node, tsApi: typeof ts): boolean {
  for (let node = reference.parent; node && node !== functionNode; node = node.parent) {
    if (isFunctionLike(node, tsApi)) return true;
  }
  return false;
}

function enclosingLoop(list: ts.Node, functionNode: ts.Node, tsApi: typeof ts): ts.Node | undefined {
  for (let node = list.parent; node && node !== functionNode; node = node.parent) {
    if (isLoop(node, tsApi)) return node;
  }
  return undefined;
}

function insideLoopBody(list: ts.Node, functionNode: ts.Node, tsApi: typeof ts): boolean {
  for (let node: ts.Node = list; node.parent && node.parent !== functionNode; node = node.parent) {
    const parent = node.parent;
    if (isLoop(parent, tsApi) && parent.statement === node) return true;
  }
  return false;
}

function enclosingScope(node: ts.Node, scopes: ScopeAnalysis, kind: 'function' | 'any'): Scope {
  for (let current: ts.Node | undefined = node; current; current = current.parent) {
    const scope = scopes.scopeOf(current);
    if (scope && (kind === 'any' || scope.kind === 'function')) return scope;
  }
  return scopes.root;
}

function shadowedBetween(list: ts.Node, functionScope: Scope, name: string, scopes: ScopeAnalysis): boolean {
  for (let node = list.parent; node && node !== functionScope.node; node = node.parent) {
    if (scopes.scopeOf(node)?.bindings.has(name)) return true;
  }
  return false;
}

function hasExport(statement: ts.Node, tsApi: typeof ts): boolean {
  return (
    tsApi.canHaveModifiers(statement) &&
    (tsApi.getModifiers(statement)?.some((modifier) => modifier.kind === tsApi.SyntaxKind.ExportKeyword) ?? false)
  );
}
