import type { ts } from 'ts-morph';

type TS = typeof ts;

/**
 * A name-level (not scope-level) index of identifiers: which names are declared where, written,
 * or merely mentioned. Deliberately conservative: a write to any `x` anywhere counts as a write
 * to every `x`, so "never written" answers can be trusted without a binder.
 */
export interface NameIndex {
  /** Every name used as a binding or reference (fresh names must avoid all of them). */
  readonly mentioned: ReadonlySet<string>;
  /** Names declared anywhere (variables, parameters, functions, classes, imports, catch). */
  readonly declared: ReadonlyMap<string, readonly ts.Node[]>;
  /** Names declared by a top-level statement. */
  readonly topLevel: ReadonlyMap<string, number>;
  /** Names assigned, updated, or used as a for-in/of target anywhere. */
  readonly written: ReadonlySet<string>;
}

let propertyNameParents: ReadonlySet<ts.SyntaxKind> | undefined;

/** Node kinds whose `name` is a property or label name, not a variable (built once: hot path). */
const PROPERTY_NAME_PARENTS = (t: TS): ReadonlySet<ts.SyntaxKind> =>
  (propertyNameParents ??= new Set([
    t.SyntaxKind.PropertyAssignment,
    t.SyntaxKind.MethodDeclaration,
    t.SyntaxKind.PropertyDeclaration,
    t.SyntaxKind.GetAccessor,
    t.SyntaxKind.SetAccessor,
    t.SyntaxKind.EnumMember,
    t.SyntaxKind.PropertySignature,
    t.SyntaxKind.MethodSignature,
    t.SyntaxKind.JsxAttribute,
    t.SyntaxKind.LabeledStatement,
    t.SyntaxKind.BreakStatement,
    t.SyntaxKind.ContinueStatement,
  ]));

/** True when the identifier is a variable reference or binding, not a property/label name. */
export function isNameUse(t: TS, id: ts.Identifier): boolean {
  const parent = id.parent;
  if (t.isPropertyAccessExpression(parent) && parent.name === id) return false;
  if (t.isQualifiedName(parent) && parent.right === id) return false;
  if (t.isMetaProperty(parent)) return false;
  if (t.isBindingElement(parent) && parent.propertyName === id) return false;
  if ((t.isImportSpecifier(parent) || t.isExportSpecifier(parent)) && parent.propertyName === id) return false;
  if (PROPERTY_NAME_PARENTS(t).has(parent.kind) && (parent as { name?: ts.Node }).name === id) return false;
  if (t.isLabeledStatement(parent) || t.isBreakOrContinueStatement(parent)) return false;
  return true;
}

function declarationName(t: TS, id: ts.Identifier): boolean {
  const parent = id.parent;
  if (t.isVariableDeclaration(parent) || t.isParameter(parent) || t.isBindingElement(parent)) return parent.name === id;
  if (t.isFunctionDeclaration(parent) || t.isFunctionExpression(parent)) return parent.name === id;
  if (t.isClassDeclaration(parent) || t.isClassExpression(parent)) return parent.name === id;
  if (t.isImportClause(parent) || t.isNamespaceImport(parent) || t.isImportEqualsDeclaration(parent)) return true;
  if (t.isImportSpecifier(parent)) return parent.name === id;
  if (t.isEnumDeclaration(parent) || t.isModuleDeclaration(parent)) return parent.name === id;
  return false;
}

/** Walks up through destructuring-assignment literals to see if `node` is an assignment target. */
function isWriteTarget(t: TS, node: ts.Node): boolean {
  let current: ts.Node = node;
  for (;;) {
    const parent = current.parent;
    if (t.isBinaryExpression(parent)) {
      const op = parent.operatorToken.kind;
      return parent.left === current && op >= t.SyntaxKind.FirstAssignment && op <= t.SyntaxKind.LastAssignment;
    }
    if (t.isPrefixUnaryExpression(parent) || t.isPostfixUnaryExpression(parent)) {
      const op = parent.operator;
      return op === t.SyntaxKind.PlusPlusToken || op === t.SyntaxKind.MinusMinusToken;
    }
    if (t.isForInStatement(parent) || t.isForOfStatement(parent)) return parent.initializer === current;
    if (
      t.isArrayLiteralExpression(parent) ||
      t.isObjectLiteralExpression(parent) ||
      t.isShorthandPropertyAssignment(parent) ||
      t.isSpreadElement(parent) ||
      t.isSpreadAssignment(parent) ||
      (t.isPropertyAssignment(parent) && parent.initializer === current) ||
      t.isParenthesizedExpression(parent)
    ) {
      current = parent;
      continue;
    }
    return false;
  }
}

/** The top-level statement holding `node`, or undefined when it is the file itself. */
export function topStatementOf(sourceFile: ts.SourceFile, node: ts.Node): ts.Statement | undefined {
  let current: ts.Node = node;
  while (current.parent && current.parent !== sourceFile) current = current.parent;
  return current.parent === sourceFile ? (current as ts.Statement) : undefined;
}

export function indexNames(t: TS, sourceFile: ts.SourceFile): NameIndex {
  const mentioned = new Set<string>();
  const declared = new Map<string, ts.Node[]>();
  const topLevel = new Map<string, number>();
  const written = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (t.isIdentifier(node)) {
      const name = node.text;
      if (!isNameUse(t, node)) return;
      mentioned.add(name);
      if (declarationName(t, node)) {
        const list = declared.get(name) ?? [];
        list.push(node);
        declared.set(name, list);
        if (isTopLevelDeclaration(t, sourceFile, node)) topLevel.set(name, (topLevel.get(name) ?? 0) + 1);
      } else if (isWriteTarget(t, node)) {
        written.add(name);
      }
      return;
    }
    t.forEachChild(node, visit);
  };
  visit(sourceFile);
  return { mentioned, declared, topLevel, written };
}

function isTopLevelDeclaration(t: TS, sourceFile: ts.SourceFile, id: ts.Identifier): boolean {
  let current: ts.Node = id.parent;
  // Binding patterns nest; climb to the declaration that owns them.
  while (t.isBindingElement(current) || t.isObjectBindingPattern(current) || t.isArrayBindingPattern(current)) {
    current = current.parent;
  }
  if (t.isVariableDeclaration(current)) {
    const list = current.parent;
    if (!t.isVariableDeclarationList(list)) return false;
    // `var` in a top-level block still lands in module scope, but we only trust direct statements.
    return t.isVariableStatement(list.parent) && list.parent.parent === sourceFile;
  }
  if (t.isFunctionDeclaration(current) || t.isClassDeclaration(current)) return current.parent === sourceFile;
  if (t.isImportClause(current) || t.isImportSpecifier(current) || t.isNamespaceImport(current)) return true;
  return false;
}

const RESERVED = new Set(
  (
    'break case catch class const continue debugger default delete do else enum export extends false finally for ' +
    'function if import in instanceof new null return super switch this throw true try typeof var void while with ' +
    'yield let static implements interface package private protected public await arguments eval'
  ).split(' '),
);

/** True when `name` can be a `const` binding name in module (strict) code. */
export function isBindableName(name: string): boolean {
  return /^[A-Za-z_$][\w$]*$/.test(name) && !RESERVED.has(name);
}

/** A fresh binding name derived from `hint`, unused in the file and not yet handed out. */
export function freshName(hint: string, taken: Set<string>, suffix = 'Module'): string {
  const words = hint.replace(/\.[a-z]+$/i, '').split(/[^A-Za-z0-9_$]+/).filter(Boolean);
  let base = words.map((word, i) => (i === 0 ? word : word[0]!.toUpperCase() + word.slice(1))).join('');
  if (!/^[A-Za-z_$]/.test(base)) base = `_${base}`;
  if (!isBindableName(base)) base = `${base}Module`;
  let candidate = base;
  if (taken.has(candidate)) candidate = `${base}${suffix}`;
  for (let n = 2; taken.has(candidate); n++) candidate = `${base}${suffix}${n}`;
  taken.add(candidate);
  return candidate;
}
