import { dirname, join, relative } from 'node:path';
import type { ts as TS } from 'ts-morph';

/** How a file binds an untyped module: its default / `import x = require()` value, the namespace, or one named export. */
export type Binding =
  | { readonly kind: 'default' | 'namespace' | 'equals'; readonly name: TS.Identifier }
  | { readonly kind: 'named'; readonly name: TS.Identifier; readonly exported: string };

export interface UntypedModule {
  /** The folder of the tsconfig that checks the importing files: the declaration goes below it. */
  readonly base: string;
  /** The specifier as written: `tape`, `tape/lib/test`, `@scope/x`. */
  readonly name: string;
  /** The package it belongs to (`tape` for `tape/lib/test`): one declaration file per package. */
  readonly packageName: string;
  /** An ES module (`.mjs`, or `"type": "module"` above it): `export default`; else CommonJS: `export =`. */
  readonly esm: boolean;
  readonly bindings: Binding[];
  /**
   * A file that imports this ES module from CommonJS output (`require()` of an ES module): a
   * declaration would hide the error that says so, so the module is left undeclared.
   */
  requiredBy?: string;
}

const JAVASCRIPT = new Set(['.js', '.jsx', '.mjs', '.cjs']);

/** `@scope/x/lib/y` → `@scope/x`; `tape/lib/test` → `tape`. */
export function packageNameOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

function isWithin(dir: string, file: string): boolean {
  const rel = relative(dir, file);
  return rel === '' || !(rel.startsWith('..') || rel.startsWith('/'));
}

function isBare(specifier: string): boolean {
  return !/^(\.{1,2}(\/|$)|\/|[a-z]+:)/i.test(specifier);
}

/** Whether the JavaScript file Node would load for this module is an ES module. */
function isEsmFile(ts: typeof TS, fileName: string): boolean {
  if (fileName.endsWith('.mjs')) return true;
  if (fileName.endsWith('.cjs')) return false;
  for (let dir = dirname(fileName); dir !== dirname(dir); dir = dirname(dir)) {
    const text = ts.sys.readFile(join(dir, 'package.json'));
    if (text === undefined) continue;
    try {
      return (JSON.parse(text) as { type?: string }).type === 'module';
    } catch {
      return false;
    }
  }
  return false;
}

/**
 * The bare-specifier modules the files import that TypeScript resolves to JavaScript without
 * declarations (the "Could not find a declaration file" case, TS7016), with every binding the
 * files make of them. A module some declaration already covers (`@types/x`, the package's own
 * types, an ambient `declare module 'x'`) is not one.
 */
export function findUntypedModules(
  ts: typeof TS,
  program: TS.Program,
  files: readonly TS.SourceFile[],
  baseOf: (fileName: string) => string,
): UntypedModule[] {
  const checker = program.getTypeChecker();
  const options = program.getCompilerOptions();
  // Where each `declare module 'x'` is: one in another project's folder (a monorepo's projects
  // sharing a Program) is not one this file's tsconfig reads.
  const ambient = new Map<string, string[]>();
  for (const symbol of checker.getAmbientModules()) {
    const files = (symbol.declarations ?? []).map((declaration) => declaration.getSourceFile().fileName);
    ambient.set(symbol.name.replace(/^["']|["']$/g, ''), files);
  }
  const declared = (name: string, base: string): boolean =>
    ambient.get(name)?.some((file) => file.includes('/node_modules/') || isWithin(base, file) || program.isSourceFileDefaultLibrary(program.getSourceFile(file)!)) ?? false;
  const modules = new Map<string, UntypedModule>();
  const untyped = new Map<string, { esm: boolean } | null>();
  const lookUp = (file: TS.SourceFile, specifier: TS.StringLiteralLike): UntypedModule | undefined => {
    const name = specifier.text;
    const base = baseOf(file.fileName);
    if (!isBare(name) || declared(name, base)) return undefined;
    // The run's program has each file's module format (src/runner/node-formats.ts), as tsc does.
    const mode = program.getModeForUsageLocation(file, specifier);
    const key = `${dirname(file.fileName)}\0${name}\0${mode}`;
    if (!untyped.has(key)) {
      const resolved = ts.resolveModuleName(name, file.fileName, options, ts.sys, undefined, undefined, mode).resolvedModule;
      untyped.set(key, resolved && JAVASCRIPT.has(resolved.extension) ? { esm: isEsmFile(ts, resolved.resolvedFileName) } : null);
    }
    const found = untyped.get(key);
    if (!found) return undefined;
    let module = modules.get(`${base}\0${name}`);
    if (!module) modules.set(`${base}\0${name}`, (module = { base, name, packageName: packageNameOf(name), esm: found.esm, bindings: [] }));
    const commonjs = mode === ts.ModuleKind.CommonJS || (mode === undefined && options.module === ts.ModuleKind.CommonJS);
    if (found.esm && commonjs) module.requiredBy ??= file.fileName;
    return module;
  };
  for (const file of files) {
    for (const statement of file.statements) {
      if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier) && statement.importClause && !statement.importClause.isTypeOnly) {
        const module = lookUp(file, statement.moduleSpecifier);
        if (!module) continue;
        const clause = statement.importClause;
        if (clause.name) module.bindings.push({ kind: 'default', name: clause.name });
        const named = clause.namedBindings;
        if (named && ts.isNamespaceImport(named)) module.bindings.push({ kind: 'namespace', name: named.name });
        if (named && ts.isNamedImports(named)) {
          for (const element of named.elements) {
            if (!element.isTypeOnly) module.bindings.push({ kind: 'named', name: element.name, exported: (element.propertyName ?? element.name).text });
          }
        }
      } else if (
        ts.isImportEqualsDeclaration(statement) && !statement.isTypeOnly &&
        ts.isExternalModuleReference(statement.moduleReference) && ts.isStringLiteral(statement.moduleReference.expression)
      ) {
        const module = lookUp(file, statement.moduleReference.expression);
        if (module) module.bindings.push({ kind: 'equals', name: statement.name });
      }
    }
  }
  // `import {} from 'x'`, `import { type T } from 'x'`: nothing to declare from.
  return [...modules.values()].filter((module) => module.bindings.length > 0);
}
