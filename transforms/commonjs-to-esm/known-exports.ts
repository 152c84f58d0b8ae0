import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire, isBuiltin } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import type { ts } from 'ts-morph';

/**
 * Which named exports an `import { a } from 'x'` can rely on, decided the way Node decides it:
 * a builtin's own keys; an ES module's `export` declarations; a CommonJS file's names as Node's
 * CommonJS export detection (cjs-module-lexer, the library Node itself uses) finds them. Anything
 * it cannot read (unresolvable, re-exports, an `exports` map with an import condition) is
 * unknown, and the caller keeps a default import.
 */

type TS = typeof ts;

// The plain-JavaScript build: synchronous, no WebAssembly to initialise.
const lexer = createRequire(import.meta.url)('cjs-module-lexer') as { parse(source: string): { exports: string[]; reexports: string[] } };

/** Per file path and modification time: a run asks about the same few targets again and again. */
const cache = new Map<string, { mtimeMs: number; names: ReadonlySet<string> | undefined }>();

const FILE_EXTENSIONS = ['', '.js', '.cjs', '.mjs'];

function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile();
}

/** The file `require(specifier)` loads for a relative specifier, or undefined. */
function resolveRelative(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier);
  for (const extension of FILE_EXTENSIONS) if (isFile(base + extension)) return base + extension;
  if (!existsSync(base)) return undefined;
  const manifest = join(base, 'package.json');
  if (isFile(manifest)) {
    const main = readJson(manifest)?.main;
    if (typeof main === 'string') {
      for (const extension of FILE_EXTENSIONS) if (isFile(resolve(base, main) + extension)) return resolve(base, main) + extension;
    }
  }
  return isFile(join(base, 'index.js')) ? join(base, 'index.js') : undefined;
}

function readJson(path: string): Record<string, unknown> | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

/** The nearest package.json above `file`. */
function nearestManifest(file: string): { path: string; json: Record<string, unknown> } | undefined {
  for (let dir = dirname(file); ; dir = dirname(dir)) {
    const path = join(dir, 'package.json');
    if (isFile(path)) {
      const json = readJson(path);
      return json ? { path, json } : undefined;
    }
    if (dirname(dir) === dir) return undefined;
  }
}

function hasImportCondition(value: unknown): boolean {
  if (!value || typeof value !== 'object') return false;
  return Object.entries(value).some(([key, inner]) => key === 'import' || hasImportCondition(inner));
}

function isEsm(file: string): boolean {
  if (/\.mjs$/i.test(file)) return true;
  if (/\.cjs$/i.test(file)) return false;
  return nearestManifest(file)?.json.type === 'module';
}

/** The names an ES module exports (undefined when `export *` makes them open-ended). */
function esmExports(t: TS, file: string, source: string): Set<string> | undefined {
  const sourceFile = t.createSourceFile(file, source, t.ScriptTarget.Latest, false, t.ScriptKind.JS);
  const names = new Set<string>();
  for (const statement of sourceFile.statements) {
    const exported = t.canHaveModifiers(statement) && (t.getModifiers(statement) ?? []).some((m) => m.kind === t.SyntaxKind.ExportKeyword);
    if (t.isExportDeclaration(statement)) {
      const clause = statement.exportClause;
      if (!clause) return undefined;
      if (t.isNamedExports(clause)) for (const element of clause.elements) names.add(element.name.text);
      else names.add(clause.name.text);
    } else if (exported && t.isVariableStatement(statement)) {
      for (const decl of statement.declarationList.declarations) if (t.isIdentifier(decl.name)) names.add(decl.name.text);
    } else if (exported && (t.isFunctionDeclaration(statement) || t.isClassDeclaration(statement)) && statement.name) {
      names.add(statement.name.text);
    }
  }
  return names;
}

function namesOfFile(t: TS, file: string, { mayBeConverted }: { mayBeConverted: boolean }): ReadonlySet<string> | undefined {
  const key = `${mayBeConverted ? 'r' : 'p'}:${file}`;
  const { mtimeMs } = statSync(file);
  const cached = cache.get(key);
  if (cached && cached.mtimeMs === mtimeMs) return cached.names;
  const source = readFileSync(file, 'utf8');
  let names: ReadonlySet<string> | undefined;
  if (isEsm(file)) names = esmExports(t, file, source);
  else {
    const found = lexer.parse(source);
    // A local file may be converted in the same run, and commonjs-to-esm writes named exports for
    // `exports.x = ...` but not always for a replaced `module.exports = {...}` (where the lexer
    // still sees names): trust only the shape both read the same way.
    const replaced = mayBeConverted && /\bmodule\.exports\s*=[^=]/.test(source);
    names = found.reexports.length > 0 || replaced ? undefined : new Set(found.exports.filter((name) => name !== 'default'));
  }
  cache.set(key, { mtimeMs, names });
  return names;
}

/** Whether `import { ...imported } from specifier` in `from` finds every name. */
export function namedExportsKnown(t: TS, from: string, specifier: string, imported: readonly string[]): boolean {
  try {
    if (isBuiltin(specifier)) {
      const builtin = createRequire(from)(specifier) as Record<string, unknown>;
      return imported.every((name) => Object.hasOwn(builtin, name));
    }
    let file: string | undefined;
    const relative = /^\.\.?(\/|$)/.test(specifier);
    if (relative) file = resolveRelative(from, specifier);
    else {
      file = createRequire(from).resolve(specifier);
      // ESM resolution may pick a different entry than require() did.
      const manifest = nearestManifest(file);
      if (manifest && hasImportCondition(manifest.json.exports)) return false;
    }
    if (!file || /\.(json|node)$/i.test(file)) return false;
    const names = namesOfFile(t, file, { mayBeConverted: relative });
    return names !== undefined && imported.every((name) => names.has(name));
  } catch {
    return false;
  }
}
