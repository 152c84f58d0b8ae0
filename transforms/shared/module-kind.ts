import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ts } from 'ts-morph';
import type { OptionSpec } from '../../src/core/options.js';

/**
 * How a file's top level is scoped. 'esm': an ES module (always strict, its own scope).
 * 'commonjs': Node wraps it in a function. 'script': its top-level `var`s and functions become
 * global-object properties, and it is sloppy unless it says "use strict".
 */
export type ModuleKind = 'esm' | 'commonjs' | 'script';

/** The `sourceType` option the modernize passes share: `auto`, or what the user knows better. */
export type SourceType = 'auto' | 'module' | 'script' | 'commonjs';

export const SOURCE_TYPE_OPTION: OptionSpec = {
  type: 'string',
  choices: ['auto', 'module', 'script', 'commonjs'],
  default: 'auto',
  description:
    "What the files are: 'auto' (import/export syntax or .mjs/.mts: module; .cjs/.cts: commonjs; a .js file under a package.json with \"type\": \"module\": module; require/module.exports: commonjs; else script), or 'module', 'script', 'commonjs' for every file",
};

/**
 * The file's kind under `sourceType`. `auto` reads it the way Node does: syntax and extension
 * first, then the nearest package.json's "type" for `.js` files (Node runs a `.js` file under
 * `"type": "module"` as an ES module even with no import or export), then CommonJS usage.
 */
export function moduleKindOf(sourceFile: ts.SourceFile, tsApi: typeof ts, sourceType: SourceType = 'auto'): ModuleKind {
  if (sourceType === 'module') return 'esm';
  if (sourceType === 'script' || sourceType === 'commonjs') return sourceType;
  if (/\.m[jt]s$/i.test(sourceFile.fileName) || hasModuleSyntax(sourceFile, tsApi)) return 'esm';
  if (/\.c[jt]s$/i.test(sourceFile.fileName)) return 'commonjs';
  if (/\.js$/i.test(sourceFile.fileName) && packageTypeOf(sourceFile.fileName) === 'module') return 'esm';
  if (usesCommonJs(sourceFile, tsApi)) return 'commonjs';
  return 'script';
}

/** Per directory: the "type" of the package.json that governs it (a run asks for many files in a few directories). */
const packageTypes = new Map<string, string | undefined>();

/** The "type" field of the nearest package.json above `file` (undefined: none, or none set). */
export function packageTypeOf(file: string): string | undefined {
  const dir = dirname(file);
  if (packageTypes.has(dir)) return packageTypes.get(dir);
  let type: string | undefined;
  const manifest = join(dir, 'package.json');
  if (existsSync(manifest)) {
    try {
      const value = (JSON.parse(readFileSync(manifest, 'utf8')) as { type?: unknown }).type;
      type = typeof value === 'string' ? value : undefined;
    } catch {
      // Node fails on an unreadable package.json; here it just tells nothing.
    }
  } else if (dirname(dir) !== dir) {
    type = packageTypeOf(dir);
  }
  packageTypes.set(dir, type);
  return type;
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
