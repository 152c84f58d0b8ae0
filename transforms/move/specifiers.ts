import { existsSync, statSync } from 'node:fs';
import { basename, dirname, relative, resolve } from 'node:path';
import type { ts as TS } from 'ts-morph';

/** A string literal that names a module, wherever TypeScript or Node reads one. */
export interface ModuleReference {
  readonly literal: TS.StringLiteralLike;
  readonly specifier: string;
}

/**
 * Every module-naming literal of a file: import/export declarations, `import x = require()`,
 * `import()`, `require()`, `import('x')` types, `declare module './x'` augmentations and
 * `jest.mock()` / `vi.mock()` paths.
 */
export function moduleReferences(ts: typeof TS, sourceFile: TS.SourceFile): ModuleReference[] {
  const found: ModuleReference[] = [];
  const add = (node: TS.Node | undefined): void => {
    if (node && ts.isStringLiteralLike(node)) found.push({ literal: node, specifier: node.text });
  };
  const visit = (node: TS.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) add(node.moduleSpecifier);
    else if (ts.isExternalModuleReference(node)) add(node.expression);
    else if (ts.isModuleDeclaration(node) && ts.isStringLiteral(node.name)) add(node.name);
    else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) add(node.argument.literal);
    else if (ts.isCallExpression(node) && node.arguments.length >= 1) {
      const callee = node.expression;
      const isImport = callee.kind === ts.SyntaxKind.ImportKeyword;
      const isRequire = ts.isIdentifier(callee) && callee.text === 'require';
      if (isImport || isRequire || isModuleMock(ts, callee)) add(node.arguments[0]);
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}

const MOCK_METHODS = new Set(['mock', 'doMock', 'unmock', 'dontMock', 'requireActual', 'requireMock', 'importActual', 'importMock']);

/** `jest.mock('./x')`, `vi.mock('./x')` and friends: test files name modules too. */
function isModuleMock(ts: typeof TS, callee: TS.Expression): boolean {
  return ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) &&
    (callee.expression.text === 'jest' || callee.expression.text === 'vi') && MOCK_METHODS.has(callee.name.text);
}

const CODE_EXTENSION = /(\.d)?\.[mc]?[jt]sx?$/;

export function stripCodeExtension(path: string): string {
  return path.replace(CODE_EXTENSION, '');
}

/** How a specifier names its target, so the rewritten one names the new place the same way. */
export type SpecifierStyle =
  | { readonly kind: 'index' } // './utils' for './utils/index.ts'
  | { readonly kind: 'exact' } // './data.json', './a.ts'
  | { readonly kind: 'bare' } // './a' for './a.ts'
  | { readonly kind: 'extension'; readonly extension: string }; // './a.js' for './a.ts'

export function styleOf(specifier: string, target: string): SpecifierStyle {
  const last = specifier.split('/').pop() ?? '';
  const file = basename(target);
  if (/^index\./.test(file) && last !== 'index' && !last.startsWith('index.')) return { kind: 'index' };
  if (last === file) return { kind: 'exact' };
  const stem = stripCodeExtension(file);
  if (last === stem) return { kind: 'bare' };
  if (last.startsWith(stem + '.')) return { kind: 'extension', extension: last.slice(stem.length) };
  return { kind: 'bare' };
}

/** The path (absolute, no quotes) a specifier of this style would name for `target`. */
export function writtenPath(style: SpecifierStyle, target: string): string {
  switch (style.kind) {
    case 'index':
      return /^index\./.test(basename(target)) ? dirname(target) : stripCodeExtension(target);
    case 'exact':
      return target;
    case 'bare':
      return stripCodeExtension(target);
    case 'extension':
      return stripCodeExtension(target) + style.extension;
  }
}

export function relativeSpecifier(fromFile: string, written: string): string {
  const rel = relative(dirname(fromFile), written).split('\\').join('/');
  if (rel === '') return '.';
  return rel.startsWith('../') || rel === '..' ? rel : `./${rel}`;
}

/** tsconfig `paths` (and `baseUrl`) as absolute prefixes, so specifiers can be mapped both ways. */
export interface PathAliases {
  readonly entries: ReadonlyArray<{ readonly pattern: string; readonly substitutions: readonly string[] }>;
  readonly base: string;
}

export function pathAliases(options: TS.CompilerOptions, root: string): PathAliases {
  const base = (options as { pathsBasePath?: string }).pathsBasePath ?? options.baseUrl ?? root;
  const entries = Object.entries(options.paths ?? {}).map(([pattern, substitutions]) => ({ pattern, substitutions }));
  if (options.baseUrl) entries.push({ pattern: '*', substitutions: ['*'] });
  return { entries, base: options.baseUrl ?? base };
}

function splitStar(text: string): [string, string] | undefined {
  const star = text.indexOf('*');
  return star === -1 ? undefined : [text.slice(0, star), text.slice(star + 1)];
}

/** The alias pattern a non-relative specifier was written with, if one of `paths` matches it. */
export function aliasOf(aliases: PathAliases, specifier: string): string | undefined {
  for (const { pattern } of aliases.entries) {
    const parts = splitStar(pattern);
    if (!parts) {
      if (pattern === specifier) return pattern;
    } else if (specifier.startsWith(parts[0]) && specifier.endsWith(parts[1]) && specifier.length >= parts[0].length + parts[1].length) {
      return pattern;
    }
  }
  return undefined;
}

/** Writes `written` (an absolute path) through the alias `pattern`, if one of its substitutions covers it. */
export function throughAlias(aliases: PathAliases, pattern: string, written: string): string | undefined {
  const entry = aliases.entries.find((candidate) => candidate.pattern === pattern);
  const parts = splitStar(pattern);
  if (!entry) return undefined;
  if (!parts) {
    // An exact alias (`"@org/core": ["./packages/core/src/index.ts"]`) still names the file.
    const names = (substitution: string): boolean => {
      const named = stripCodeExtension(resolve(aliases.base, substitution));
      return named === stripCodeExtension(written) || named === resolve(written, 'index');
    };
    return entry.substitutions.some(names) ? pattern : undefined;
  }
  for (const substitution of entry.substitutions) {
    const sub = splitStar(substitution);
    if (!sub) continue;
    const prefix = resolve(aliases.base, sub[0]);
    const fromPrefix = relative(prefix, written).split('\\').join('/');
    if (fromPrefix.startsWith('..') || resolve(prefix, fromPrefix) !== written) continue;
    if (sub[1] && !fromPrefix.endsWith(sub[1])) continue;
    const captured = sub[1] ? fromPrefix.slice(0, -sub[1].length) : fromPrefix;
    return parts[0] + captured + parts[1];
  }
  return undefined;
}

/** The file a relative specifier names when module resolution does not know it (JSON, CSS, assets). */
export function resolveOnDisk(fromFile: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const path = resolve(dirname(fromFile), specifier);
  return existsSync(path) && statSync(path).isFile() ? path : undefined;
}
