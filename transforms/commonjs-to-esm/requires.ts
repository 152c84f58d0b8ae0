import type { ts } from 'ts-morph';
import { isBindableName, isNameUse, type NameIndex } from './names.js';

type TS = typeof ts;

/** `require('lit')` with one plain string argument. */
export function requiredSpecifier(t: TS, node: ts.Node): string | undefined {
  if (!t.isCallExpression(node) || !t.isIdentifier(node.expression) || node.expression.text !== 'require') return undefined;
  if (node.arguments.length !== 1) return undefined;
  const arg = node.arguments[0]!;
  return t.isStringLiteral(arg) || t.isNoSubstitutionTemplateLiteral(arg) ? arg.text : undefined;
}

/** How one top-level declarator becomes an import clause. */
export type ImportShape =
  | { readonly kind: 'default'; readonly local: string }
  | { readonly kind: 'named'; readonly names: ReadonlyArray<{ readonly imported: string; readonly local: string }> };

export interface DeclaredImport {
  readonly specifier: string;
  readonly shape: ImportShape;
}

/**
 * Reads `x = require('y')`, `{ a, b: c } = require('y')` and `x = require('y').z` declarators.
 * Undefined when the declarator needs something an import cannot express (defaults, nesting,
 * rest, a written or twice-declared binding, a named import from JSON).
 */
export function declaredImport(
  t: TS,
  decl: ts.VariableDeclaration,
  names: NameIndex,
  namedOk: (specifier: string, imported: readonly string[]) => boolean,
): DeclaredImport | undefined {
  const init = decl.initializer;
  if (!init || decl.type || decl.exclamationToken) return undefined;
  const usable = (local: string): boolean => !names.written.has(local) && (names.declared.get(local)?.length ?? 0) === 1;
  let specifier = requiredSpecifier(t, init);
  let member: string | undefined;
  if (specifier === undefined && t.isPropertyAccessExpression(init) && t.isIdentifier(init.name)) {
    specifier = requiredSpecifier(t, init.expression);
    member = init.name.text;
  }
  if (specifier === undefined) return undefined;
  const json = /\.json$/i.test(specifier);
  if (t.isIdentifier(decl.name)) {
    const local = decl.name.text;
    if (!usable(local)) return undefined;
    if (member === undefined) return { specifier, shape: { kind: 'default', local } };
    if (json || member === 'default' || !namedOk(specifier, [member])) return undefined;
    return { specifier, shape: { kind: 'named', names: [{ imported: member, local }] } };
  }
  if (!t.isObjectBindingPattern(decl.name) || member !== undefined || json) return undefined;
  const list: Array<{ imported: string; local: string }> = [];
  for (const element of decl.name.elements) {
    if (element.dotDotDotToken || element.initializer || !t.isIdentifier(element.name)) return undefined;
    const local = element.name.text;
    const key = element.propertyName;
    const imported = key === undefined ? local : t.isIdentifier(key) ? key.text : undefined;
    if (imported === undefined || imported === 'default' || !isBindableName(local) || !usable(local)) return undefined;
    list.push({ imported, local });
  }
  if (list.length === 0 || !namedOk(specifier, list.map((entry) => entry.imported))) return undefined;
  return { specifier, shape: { kind: 'named', names: list } };
}

/**
 * True when evaluating `call` is unconditional at module load: no function, branch, loop,
 * short-circuit or try between it and its top-level statement. Only such calls may be hoisted.
 */
export function isUnconditional(t: TS, sourceFile: ts.SourceFile, call: ts.Node): boolean {
  let child: ts.Node = call;
  let current: ts.Node = call.parent;
  while (current !== sourceFile) {
    if (t.isFunctionLike(current) || t.isClassLike(current)) return false;
    if (t.isIfStatement(current) || t.isIterationStatement(current, false) || t.isSwitchStatement(current)) return false;
    if (t.isTryStatement(current) || t.isCatchClause(current) || t.isConditionalExpression(current)) {
      if (!(t.isConditionalExpression(current) && current.condition === child)) return false;
    }
    if (t.isBinaryExpression(current) && current.right === child) {
      const op = current.operatorToken.kind;
      if (
        op === t.SyntaxKind.AmpersandAmpersandToken ||
        op === t.SyntaxKind.BarBarToken ||
        op === t.SyntaxKind.QuestionQuestionToken ||
        (op >= t.SyntaxKind.FirstCompoundAssignment && op <= t.SyntaxKind.LastCompoundAssignment)
      ) {
        return false;
      }
    }
    if ((t.isCallExpression(current) || t.isPropertyAccessExpression(current)) && current.questionDotToken) return false;
    if (t.isBlock(current) || t.isLabeledStatement(current) || t.isWithStatement(current)) return false;
    child = current;
    current = current.parent;
  }
  return true;
}

export function renderImport(specifierText: string, shape: ImportShape | undefined, { json }: { json: boolean }): string {
  const attributes = json ? ` with { type: 'json' }` : '';
  if (!shape) return `import ${specifierText}${attributes};`;
  if (shape.kind === 'default') return `import ${shape.local} from ${specifierText}${attributes};`;
  const parts = shape.names.map(({ imported, local }) => (imported === local ? local : `${imported} as ${local}`));
  return `import { ${parts.join(', ')} } from ${specifierText}${attributes};`;
}

/**
 * Why `name = require(...)` (an assignment, not a declaration) cannot be hoisted to an import, or
 * undefined when it can: `name` must be a plain `var`/`let` declared once, at the top level, and
 * not mentioned before the assignment. An implicit global would throw in strict module code, and
 * a name read earlier would see the module too soon once the import is hoisted.
 */
export function assignedRequireProblem(
  t: TS,
  sourceFile: ts.SourceFile,
  target: ts.Identifier,
  names: NameIndex,
): { reason: string; wholeFile: boolean } | undefined {
  const name = target.text;
  const declarations = names.declared.get(name) ?? [];
  const shown = `\`${name} = require(...)\``;
  // Keeping the require() does not help here: the assignment itself throws once the file is strict.
  if (declarations.length === 0) return { reason: `${shown} assigns an undeclared name (an implicit global, which throws in an ES module)`, wholeFile: true };
  const declaration = declarations[0]!.parent;
  const list = declaration.parent;
  const plain =
    declarations.length === 1 &&
    t.isVariableDeclaration(declaration) &&
    t.isVariableDeclarationList(list) &&
    (list.flags & t.NodeFlags.Const) === 0 &&
    t.isVariableStatement(list.parent) &&
    list.parent.parent === sourceFile;
  if (!plain) return { reason: `${shown} assigns \`${name}\`, which is not a plain top-level var/let declared once`, wholeFile: false };
  const assignedAt = target.getStart(sourceFile);
  let early: ts.Node | undefined;
  const visit = (node: ts.Node): void => {
    if (early || node.getStart(sourceFile) >= assignedAt) return;
    if (t.isIdentifier(node)) {
      if (node.text === name && node !== declarations[0] && isNameUse(t, node)) early = node;
      return;
    }
    t.forEachChild(node, visit);
  };
  visit(sourceFile);
  if (!early) return undefined;
  return { reason: `${shown}: \`${name}\` is used before the assignment, and the hoisted import would change what it sees`, wholeFile: false };
}
