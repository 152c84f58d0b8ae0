import { applyEdits } from '../core/change-set.js';
import { CodemorphError } from '../core/errors.js';
import { parseSource, ts } from '../core/parse.js';
import { createEditSink, type EditSink } from '../core/sink.js';
import { compilePattern, findPatternMatches } from '../engines/patterns/index.js';
import type { VirtualTree } from './tree.js';

/**
 * AST-aware edits for generators: each reads a file from the tree, finds its target in
 * TypeScript's tree, records text edits through codemorph's edit sink and writes the result back
 * to the tree. Each is idempotent: what is already there is not added again.
 */

/** Where a list or object literal is: the variable it initializes, or a code pattern (docs/patterns.md). */
export type LiteralTarget = { readonly variable: string } | { readonly pattern: string };

function helperError(path: string, message: string): CodemorphError {
  return new CodemorphError('usage', `${path}: ${message}`, { path });
}

/** Records edits against the file's current text in the tree and applies them once. */
function editFile(tree: VirtualTree, path: string, record: (sourceFile: ts.SourceFile, edits: EditSink, text: string) => void): void {
  const text = tree.readOrThrow(path);
  const sourceFile = parseSource(path, text);
  const edits = createEditSink('generate', sourceFile);
  record(sourceFile, edits, text);
  const applied = applyEdits(text, edits.recorded, path);
  if (applied.text !== text) tree.overwrite(path, applied.text);
}

function lineIndent(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart))![0];
}

/** Multi-line inserted code follows the indentation of the place it lands in. */
function indented(code: string, indent: string): string {
  return code.trim().split('\n').join(`\n${indent}`);
}

function quoteOf(sourceFile: ts.SourceFile): { quote: string; semi: string } {
  const first = sourceFile.statements.find((statement) => ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement));
  const text = first?.getText(sourceFile) ?? '';
  return { quote: text.includes('"') && !text.includes("'") ? '"' : "'", semi: first && !text.trimEnd().endsWith(';') ? '' : ';' };
}

/** Adds names to an existing `{ a, b }` list, keeping its layout. */
function addToNamedList(edits: EditSink, list: ts.NamedImports | ts.NamedExports, names: readonly string[], sourceFile: ts.SourceFile): void {
  const have = new Set(list.elements.map((element) => element.getText(sourceFile)));
  const missing = names.filter((name) => !have.has(name));
  if (missing.length === 0) return;
  const last = list.elements[list.elements.length - 1];
  if (last) edits.insertAfter(last, `, ${missing.join(', ')}`);
  else edits.replace(list, `{ ${missing.join(', ')} }`);
}

export interface ImportSpec {
  /** The module, as written in the import: `./user.service`, `react`. */
  readonly from: string;
  readonly named?: readonly string[];
  readonly default?: string;
}

/** `import { named } from 'from'` (or a default import): merged into an existing import of the module. */
export function addImport(tree: VirtualTree, path: string, spec: ImportSpec): void {
  editFile(tree, path, (sourceFile, edits) => {
    const imports = sourceFile.statements.filter(ts.isImportDeclaration);
    const same = imports.filter((decl) => ts.isStringLiteral(decl.moduleSpecifier) && decl.moduleSpecifier.text === spec.from && !decl.importClause?.isTypeOnly);
    const named = spec.named ?? [];
    let needDefault = spec.default !== undefined && !same.some((decl) => decl.importClause?.name?.text === spec.default);
    let needNamed = named.length > 0;
    for (const decl of same) {
      const bindings = decl.importClause?.namedBindings;
      if (needNamed && bindings && ts.isNamedImports(bindings)) {
        addToNamedList(edits, bindings, named, sourceFile);
        needNamed = false;
      } else if (needNamed && !bindings && decl.importClause?.name) {
        edits.insertAfter(decl.importClause.name, `, { ${named.join(', ')} }`);
        needNamed = false;
      }
    }
    if (!needDefault && !needNamed) return;
    const { quote, semi } = quoteOf(sourceFile);
    const clause = [needDefault ? spec.default : undefined, needNamed ? `{ ${named.join(', ')} }` : undefined].filter(Boolean).join(', ');
    needDefault = false;
    const statement = `import ${clause} from ${quote}${spec.from}${quote}${semi}`;
    const last = imports[imports.length - 1];
    if (last) edits.insertAfter(last, `\n${statement}`);
    else {
      const first = sourceFile.statements[0];
      if (first) edits.insertBefore(first, `${statement}\n\n`);
      else edits.insertAfter(sourceFile.end, `${statement}\n`);
    }
  });
}

export interface ExportSpec {
  readonly from: string;
  /** Names to re-export; none: `export * from`. */
  readonly named?: readonly string[];
}

/** `export * from 'from'` (or `export { named } from`) in a barrel file, which is created when missing. */
export function addExport(tree: VirtualTree, barrel: string, spec: ExportSpec): void {
  if (!tree.exists(barrel)) tree.create(barrel, '');
  editFile(tree, barrel, (sourceFile, edits, text) => {
    const same = sourceFile.statements.filter(
      (statement): statement is ts.ExportDeclaration =>
        ts.isExportDeclaration(statement) && !!statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier) && statement.moduleSpecifier.text === spec.from && !statement.isTypeOnly,
    );
    if (same.some((decl) => !decl.exportClause)) return; // `export *` already re-exports everything
    const named = spec.named ?? [];
    const list = same.map((decl) => decl.exportClause).find((clause): clause is ts.NamedExports => !!clause && ts.isNamedExports(clause));
    if (list && named.length > 0) {
      addToNamedList(edits, list, named, sourceFile);
      return;
    }
    const { quote, semi } = quoteOf(sourceFile);
    const what = named.length > 0 ? `{ ${named.join(', ')} }` : '*';
    const prefix = text.length > 0 && !text.endsWith('\n') ? '\n' : '';
    edits.insertAfter(text.length, `${prefix}export ${what} from ${quote}${spec.from}${quote}${semi}\n`);
  });
}

/** Strips `as const`, `satisfies T`, parentheses and type assertions around an initializer. */
function unwrap(node: ts.Expression): ts.Expression {
  let current = node;
  while (ts.isAsExpression(current) || ts.isSatisfiesExpression(current) || ts.isParenthesizedExpression(current) || ts.isTypeAssertionExpression(current)) {
    current = current.expression;
  }
  return current;
}

function findLiteral<T extends ts.Node>(sourceFile: ts.SourceFile, target: LiteralTarget, is: (node: ts.Node) => node is T): T | undefined {
  if ('variable' in target) {
    let found: T | undefined;
    const visit = (node: ts.Node): void => {
      if (found) return;
      if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.name.text === target.variable && node.initializer) {
        const value = unwrap(node.initializer);
        if (is(value)) found = value;
      }
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
    return found;
  }
  for (const match of findPatternMatches(compilePattern(target.pattern), sourceFile)) {
    if (is(match.node)) return match.node;
    for (const binding of match.bindings.values()) {
      if (binding.kind === 'node' && is(unwrap(binding.node as ts.Expression))) return unwrap(binding.node as ts.Expression) as unknown as T;
    }
  }
  return undefined;
}

function describeTarget(target: LiteralTarget): string {
  return 'variable' in target ? `variable \`${target.variable}\`` : `pattern \`${target.pattern}\``;
}

/** Adds `code` as the last element of a list, one per line when the list is laid out so. */
function appendElement(edits: EditSink, text: string, open: number, close: number, elements: ts.NodeArray<ts.Node>, code: string, sourceFile: ts.SourceFile): void {
  const last = elements[elements.length - 1];
  if (!last) {
    const multiLine = text.slice(open, close).includes('\n');
    const indent = lineIndent(text, open);
    edits.replaceRange(open + 1, close, multiLine ? `\n${indent}  ${indented(code, `${indent}  `)}\n${indent}` : code);
    return;
  }
  const first = elements[0]!;
  const multiLine = text.slice(open, first.getStart(sourceFile)).includes('\n');
  const after = elements.hasTrailingComma ? text.indexOf(',', last.end) + 1 : last.end;
  if (multiLine) {
    const indent = lineIndent(text, first.getStart(sourceFile));
    edits.insertAfter(after, `${elements.hasTrailingComma ? '' : ','}\n${indent}${indented(code, indent)}${elements.hasTrailingComma ? ',' : ''}`);
  } else edits.insertAfter(last.end, `, ${code}`);
}

/** Adds an element (code, as written) to an array literal: a route table, a provider list. */
export function insertIntoArray(tree: VirtualTree, path: string, target: LiteralTarget, element: string): void {
  editFile(tree, path, (sourceFile, edits, text) => {
    const array = findLiteral(sourceFile, target, ts.isArrayLiteralExpression);
    if (!array) throw helperError(path, `no array literal found for ${describeTarget(target)}`);
    if (array.elements.some((existing) => existing.getText(sourceFile) === element.trim())) return;
    appendElement(edits, text, array.getStart(sourceFile), array.end - 1, array.elements, element, sourceFile);
  });
}

/** Adds a property (code, as written: `users: UsersService`) to an object literal: a registry. */
export function insertIntoObject(tree: VirtualTree, path: string, target: LiteralTarget, property: string): void {
  editFile(tree, path, (sourceFile, edits, text) => {
    const object = findLiteral(sourceFile, target, ts.isObjectLiteralExpression);
    if (!object) throw helperError(path, `no object literal found for ${describeTarget(target)}`);
    if (object.properties.some((existing) => existing.getText(sourceFile) === property.trim())) return;
    appendElement(edits, text, object.getStart(sourceFile), object.end - 1, object.properties, property, sourceFile);
  });
}

/** Adds a member (code, as written) at the end of the class named `className`. */
export function addClassMember(tree: VirtualTree, path: string, className: string, member: string): void {
  editFile(tree, path, (sourceFile, edits, text) => {
    let found: ts.ClassDeclaration | undefined;
    const visit = (node: ts.Node): void => {
      if (!found && ts.isClassDeclaration(node) && node.name?.text === className) found = node;
      else ts.forEachChild(node, visit);
    };
    visit(sourceFile);
    if (!found) throw helperError(path, `no class \`${className}\``);
    if (found.members.some((existing) => existing.getText(sourceFile) === member.trim())) return;
    const close = found.end - 1;
    const classIndent = lineIndent(text, found.getStart(sourceFile));
    const first = found.members[0];
    const indent = first ? lineIndent(text, first.getStart(sourceFile)) : `${classIndent}  `;
    const lineStart = text.lastIndexOf('\n', close - 1) + 1;
    if (first && text.slice(lineStart, close).trim() === '') {
      edits.insertAfter(lineStart, `${indent}${indented(member, indent)}\n`);
    } else {
      // `class A {}` or members on the brace's line: open the body onto lines of its own.
      const openBrace = text.indexOf('{', (found.heritageClauses?.at(-1) ?? found.name ?? found).end);
      const body = text.slice(openBrace + 1, close).trim();
      const existing = body ? `${indent}${body}\n` : '';
      edits.replaceRange(openBrace + 1, close, `\n${existing}${indent}${indented(member, indent)}\n${classIndent}`);
    }
  });
}
