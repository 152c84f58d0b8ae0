import type { ts } from 'ts-morph';

/**
 * How a file's top level is scoped. 'esm': import/export syntax or an .mjs/.mts name.
 * 'commonjs': .cjs/.cts, or uses require()/module.exports/exports.x (Node wraps it in a
 * function). 'script': anything else; its top-level `var`s become global-object properties.
 */
export type ModuleKind = 'esm' | 'commonjs' | 'script';

export function moduleKindOf(sourceFile: ts.SourceFile, tsApi: typeof ts): ModuleKind {
  if (/\.m[jt]s$/i.test(sourceFile.fileName) || hasModuleSyntax(sourceFile, tsApi)) return 'esm';
  if (/\.c[jt]s$/i.test(sourceFile.fileName) || usesCommonJs(sourceFile, tsApi)) return 'commonjs';
  return 'script';
}

export function hasModuleSyntax(sourceFile: ts.SourceFile, tsApi: typeof ts): boolean {
  for (const statement of sourceFile.statements) {
    if (tsApi.isImportDeclaration(statement) || tsApi.isExportDeclaration(statement)) return true;
    if (tsApi.isExportAssignment(statement) && !statement.isExportEquals) return true;
    if (tsApi.canHaveModifiers(statement)) {
      const modifiers = tsApi.getModifiers(statement) ?? [];
      if (modifiers.some((modifier) => modifier.kind === tsApi.SyntaxKind.ExportKeyword)) return true;
    }
  }
  let meta = false;
  const visit = (node: ts.Node): void => {
    if (meta) return;
    if (tsApi.isMetaProperty(node) && node.keywordToken === tsApi.SyntaxKind.ImportKeyword) meta = true;
    else tsApi.forEachChild(node, visit);
  };
  if (sourceFile.text.includes('import.meta')) visit(sourceFile);
  return meta;
}

function usesCommonJs(sourceFile: ts.SourceFile, tsApi: typeof ts): boolean {
  const text = sourceFile.text;
  if (!/\brequire\b|\bmodule\b|\bexports\b/.test(text)) return false;
  for (const statement of sourceFile.statements) {
    if (tsApi.isImportEqualsDeclaration(statement) || (tsApi.isExportAssignment(statement) && statement.isExportEquals)) {
      return true;
    }
  }
  let found = false;
  const visit = (node: ts.Node): void => {
    if (found) return;
    if (
      tsApi.isCallExpression(node) &&
      tsApi.isIdentifier(node.expression) &&
      node.expression.text === 'require' &&
      node.arguments.length === 1
    ) {
      found = true;
      return;
    }
    if (tsApi.isPropertyAccessExpression(node) && tsApi.isIdentifier(node.expression)) {
      const object = node.expression.text;
      if ((object === 'module' && node.name.text === 'exports') || object === 'exports') {
        found = true;
        return;
      }
    }
    tsApi.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}
