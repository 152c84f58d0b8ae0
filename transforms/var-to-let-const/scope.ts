import type { ts } from 'ts-morph';

/**
 * A small lexical scope analysis over raw TypeScript nodes, enough to decide whether a `var`
 * can become block-scoped: which identifiers refer to which binding, and which of them write.
 * Type-only positions are skipped (they cannot refer to a `var`), except `typeof x` queries.
 */

export type BindingKind = 'var' | 'lexical' | 'param' | 'function' | 'class' | 'import' | 'catch' | 'other';

export interface Scope {
  readonly node: ts.Node;
  /** 'function' scopes hold `var`s and parameters; 'block' scopes hold let/const/class. */
  readonly kind: 'function' | 'block';
  readonly parent: Scope | undefined;
  readonly bindings: Map<string, Binding>;
}

export interface Binding {
  readonly name: string;
  readonly scope: Scope;
  /** Every declaration of the name in this scope (more than one: a redeclaration). */
  readonly declarations: Array<{ kind: BindingKind; name: ts.Identifier }>;
  readonly references: Reference[];
}

export interface Reference {
  readonly node: ts.Identifier;
  readonly write: boolean;
  readonly scope: Scope;
}

export interface ScopeAnalysis {
  readonly root: Scope;
  /** The scope a scope-creating node opened. */
  scopeOf(node: ts.Node): Scope | undefined;
  /** True when the file calls `eval(...)` or uses `with` inside this node. */
  usesDynamicScope(node: ts.Node): boolean;
}

export function analyzeScopes(sourceFile: ts.SourceFile, tsApi: typeof ts): ScopeAnalysis {
  const scopes = new Map<ts.Node, Scope>();
  const declarationNames = new Set<ts.Node>();
  const dynamic: ts.Node[] = [];

  const open = (node: ts.Node, kind: Scope['kind'], parent: Scope | undefined): Scope => {
    const scope: Scope = { node, kind, parent, bindings: new Map() };
    scopes.set(node, scope);
    return scope;
  };
  const root = open(sourceFile, 'function', undefined);

  const functionScopeOf = (scope: Scope): Scope => {
    let current = scope;
    while (current.kind !== 'function' && current.parent) current = current.parent;
    return current;
  };

  const declare = (scope: Scope, name: ts.Identifier, kind: BindingKind): void => {
    declarationNames.add(name);
    const text = name.text;
    let binding = scope.bindings.get(text);
    if (!binding) {
      binding = { name: text, scope, declarations: [], references: [] };
      scope.bindings.set(text, binding);
    }
    binding.declarations.push({ kind, name });
  };

  const declarePattern = (scope: Scope, name: ts.BindingName, kind: BindingKind): void => {
    if (tsApi.isIdentifier(name)) {
      declare(scope, name, kind);
      return;
    }
    for (const element of name.elements) {
      if (tsApi.isBindingElement(element)) declarePattern(scope, element.name, kind);
    }
  };

  const isFunctionLike = (node: ts.Node): boolean =>
    tsApi.isFunctionDeclaration(node) ||
    tsApi.isFunctionExpression(node) ||
    tsApi.isArrowFunction(node) ||
    tsApi.isMethodDeclaration(node) ||
    tsApi.isConstructorDeclaration(node) ||
    tsApi.isGetAccessorDeclaration(node) ||
    tsApi.isSetAccessorDeclaration(node) ||
    tsApi.isClassStaticBlockDeclaration(node);

  const isBlockScope = (node: ts.Node): boolean =>
    (tsApi.isBlock(node) && !isFunctionLike(node.parent)) ||
    tsApi.isForStatement(node) ||
    tsApi.isForInStatement(node) ||
    tsApi.isForOfStatement(node) ||
    tsApi.isCaseBlock(node) ||
    tsApi.isCatchClause(node) ||
    (tsApi.isClassExpression(node) && node.name !== undefined);

  const skipsTypes = (node: ts.Node): boolean =>
    tsApi.isInterfaceDeclaration(node) ||
    tsApi.isTypeAliasDeclaration(node) ||
    (tsApi.isTypeNode(node) && !tsApi.isExpressionWithTypeArguments(node) && !tsApi.isTypeQueryNode(node));

  // Pass 1: scopes and declarations.
  const declareIn = (node: ts.Node, scope: Scope): void => {
    if (skipsTypes(node)) return;
    let inner = scope;
    if (isFunctionLike(node) || tsApi.isModuleBlock(node)) {
      inner = open(node, 'function', scope);
      if (tsApi.isFunctionExpression(node) && node.name) declare(inner, node.name, 'function');
    } else if (isBlockScope(node)) {
      inner = open(node, 'block', scope);
      if (tsApi.isClassExpression(node) && node.name) declare(inner, node.name, 'class');
    }
    if (tsApi.isVariableDeclarationList(node)) {
      const blockScoped = (node.flags & tsApi.NodeFlags.BlockScoped) !== 0;
      const target = blockScoped ? scope : functionScopeOf(scope);
      for (const declaration of node.declarations) {
        declarePattern(target, declaration.name, blockScoped ? 'lexical' : 'var');
      }
    } else if (tsApi.isCatchClause(node) && node.variableDeclaration) {
      declarePattern(inner, node.variableDeclaration.name, 'catch');
    } else if (tsApi.isParameter(node)) {
      if (!(tsApi.isIdentifier(node.name) && node.name.text === 'this')) declarePattern(scope, node.name, 'param');
    } else if (tsApi.isFunctionDeclaration(node) && node.name) {
      declare(scope, node.name, 'function');
    } else if (tsApi.isClassDeclaration(node) && node.name) {
      declare(scope, node.name, 'class');
    } else if ((tsApi.isEnumDeclaration(node) || tsApi.isModuleDeclaration(node)) && tsApi.isIdentifier(node.name)) {
      declare(scope, node.name, 'other');
    } else if (tsApi.isImportClause(node) && node.name) {
      declare(scope, node.name, 'import');
    } else if (tsApi.isNamespaceImport(node) || tsApi.isImportSpecifier(node) || tsApi.isImportEqualsDeclaration(node)) {
      declare(scope, node.name, 'import');
    } else if (tsApi.isWithStatement(node)) {
      dynamic.push(node);
    } else if (tsApi.isCallExpression(node) && tsApi.isIdentifier(node.expression) && node.expression.text === 'eval') {
      dynamic.push(node);
    }
    tsApi.forEachChild(node, (child) => declareIn(child, inner));
  };
  tsApi.forEachChild(sourceFile, (child) => declareIn(child, root));

  // Pass 2: references, resolved outward through the scope chain.
  const resolve = (scope: Scope, name: string): Binding | undefined => {
    for (let current: Scope | undefined = scope; current; current = current.parent) {
      const binding = current.bindings.get(name);
      if (binding) return binding;
    }
    return undefined;
  };
  const referenceIn = (node: ts.Node, scope: Scope): void => {
    if (skipsTypes(node)) return;
    const inner = scopes.get(node) ?? scope;
    if (tsApi.isIdentifier(node) && !declarationNames.has(node) && isReference(node, tsApi)) {
      const binding = resolve(inner, node.text);
      binding?.references.push({ node, write: isWrite(node, tsApi), scope: inner });
    }
    tsApi.forEachChild(node, (child) => referenceIn(child, inner));
  };
  tsApi.forEachChild(sourceFile, (child) => referenceIn(child, root));

  return {
    root,
    scopeOf: (node) => scopes.get(node),
    usesDynamicScope: (node) => dynamic.some((d) => d.pos >= node.pos && d.end <= node.end),
  };
}

/** False for identifiers that name properties, labels, or JSX intrinsics rather than bindings. */
function isReference(node: ts.Identifier, tsApi: typeof ts): boolean {
  const parent = node.parent;
  if (tsApi.isPropertyAccessExpression(parent) || tsApi.isQualifiedName(parent)) {
    return tsApi.isPropertyAccessExpression(parent) ? parent.expression === node : parent.left === node;
  }
  if (
    tsApi.isPropertyAssignment(parent) ||
    tsApi.isPropertyDeclaration(parent) ||
    tsApi.isMethodDeclaration(parent) ||
    tsApi.isGetAccessorDeclaration(parent) ||
    tsApi.isSetAccessorDeclaration(parent) ||
    tsApi.isPropertySignature(parent) ||
    tsApi.isMethodSignature(parent) ||
    tsApi.isEnumMember(parent) ||
    tsApi.isBindingElement(parent) ||
    tsApi.isJsxAttribute(parent)
  ) {
    return (parent as { name?: ts.Node }).name !== node && (parent as { propertyName?: ts.Node }).propertyName !== node;
  }
  if (tsApi.isLabeledStatement(parent) || tsApi.isBreakOrContinueStatement(parent)) return false;
  // `import { a as b }`: `a` names the other module's export; `export * as ns`, `with { type }`.
  if (
    tsApi.isImportSpecifier(parent) ||
    tsApi.isNamespaceExport(parent) ||
    tsApi.isImportAttribute(parent) ||
    tsApi.isJsxNamespacedName(parent)
  ) {
    return false;
  }
  if (tsApi.isMetaProperty(parent)) return false;
  if (tsApi.isExportSpecifier(parent)) {
    if (parent.parent.parent.moduleSpecifier) return false;
    return (parent.propertyName ?? parent.name) === node;
  }
  if (tsApi.isJsxOpeningElement(parent) || tsApi.isJsxSelfClosingElement(parent) || tsApi.isJsxClosingElement(parent)) {
    return !/^[a-z]/.test(node.text);
  }
  if (tsApi.isTypeParameterDeclaration(parent)) return false;
  return true;
}

function skipOuterExpressions(node: ts.Node, tsApi: typeof ts): ts.Node {
  let current = node;
  while (
    tsApi.isParenthesizedExpression(current.parent) ||
    tsApi.isNonNullExpression(current.parent) ||
    tsApi.isAsExpression(current.parent) ||
    tsApi.isSatisfiesExpression(current.parent) ||
    tsApi.isTypeAssertionExpression(current.parent)
  ) {
    current = current.parent;
  }
  return current;
}

function isAssignmentOperator(kind: ts.SyntaxKind, tsApi: typeof ts): boolean {
  return kind >= tsApi.SyntaxKind.FirstAssignment && kind <= tsApi.SyntaxKind.LastAssignment;
}

/** True when `node` (an expression) is the target of an assignment, ++/--, or a for-in/of head. */
export function isAssignedExpression(node: ts.Node, tsApi: typeof ts): boolean {
  const outer = skipOuterExpressions(node, tsApi);
  const parent = outer.parent;
  if (tsApi.isBinaryExpression(parent) && parent.left === outer) {
    if (parent.operatorToken.kind === tsApi.SyntaxKind.EqualsToken) return true;
    return isAssignmentOperator(parent.operatorToken.kind, tsApi);
  }
  if ((tsApi.isPrefixUnaryExpression(parent) || tsApi.isPostfixUnaryExpression(parent)) && parent.operand === outer) {
    return parent.operator === tsApi.SyntaxKind.PlusPlusToken || parent.operator === tsApi.SyntaxKind.MinusMinusToken;
  }
  if ((tsApi.isForInStatement(parent) || tsApi.isForOfStatement(parent)) && parent.initializer === outer) return true;
  if (tsApi.isArrayLiteralExpression(parent) || tsApi.isSpreadElement(parent) || tsApi.isSpreadAssignment(parent)) {
    const literal = tsApi.isArrayLiteralExpression(parent) ? parent : parent.parent;
    return isDestructuringTarget(literal, tsApi);
  }
  if (tsApi.isPropertyAssignment(parent) && parent.initializer === outer) return isDestructuringTarget(parent.parent, tsApi);
  return false;
}

/** An object/array literal that is the left side of a destructuring assignment (or part of one). */
function isDestructuringTarget(literal: ts.Node, tsApi: typeof ts): boolean {
  if (!tsApi.isObjectLiteralExpression(literal) && !tsApi.isArrayLiteralExpression(literal)) return false;
  const outer = skipOuterExpressions(literal, tsApi);
  const parent = outer.parent;
  if (tsApi.isBinaryExpression(parent) && parent.left === outer) {
    // Also `[[a] = []] = x`: a literal left of `=` is a pattern wherever the `=` sits.
    return parent.operatorToken.kind === tsApi.SyntaxKind.EqualsToken;
  }
  return isAssignedExpression(outer, tsApi);
}

function isWrite(node: ts.Identifier, tsApi: typeof ts): boolean {
  const parent = node.parent;
  if (tsApi.isShorthandPropertyAssignment(parent) && parent.name === node) {
    return isDestructuringTarget(parent.parent, tsApi);
  }
  return isAssignedExpression(node, tsApi);
}
