import { realpathSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { ResolutionHostFactory } from 'ts-morph';
import { extensionOf, ts } from '../core/parse.js';
import type { ProjectIndex } from '../workspace/projects.js';

// Internal in TypeScript's API (the compiler's own mapping of a source to its .d.ts output).
type OutputName = (file: string, commandLine: ts.ParsedCommandLine, ignoreCase: boolean) => string;
const outputDeclarationName = (ts as unknown as { getOutputDeclarationFileName?: OutputName }).getOutputDeclarationFileName;

/**
 * The `.d.ts` outputs of every project `tsconfig` references (transitively) → their sources.
 * A consumer whose import of a workspace package resolves to the package's built declarations
 * (`"types": "dist/index.d.ts"`, the usual setup with project references) would otherwise see a
 * different symbol than the package's sources, and a rename would miss it.
 */
export function sourceRedirects(index: ProjectIndex, tsconfig: string): Map<string, string> {
  const redirects = new Map<string, string>();
  if (!outputDeclarationName) return redirects;
  const seen = new Set<string>();
  const visit = (config: string): void => {
    if (seen.has(config)) return;
    seen.add(config);
    for (const reference of index.load(config).references) {
      const commandLine = index.load(reference).commandLine;
      for (const file of commandLine?.fileNames ?? []) {
        if (/\.d\.[cm]?ts$/.test(file) || !/\.[cm]?tsx?$/.test(file)) continue;
        redirects.set(resolve(outputDeclarationName(file, commandLine!, !ts.sys.useCaseSensitiveFileNames)), resolve(file));
      }
      visit(reference);
    }
  };
  visit(resolve(tsconfig));
  return redirects;
}

/**
 * A path with symbolic links resolved as far as it exists: the compiler asks for
 * `node_modules/@org/core/dist/index.d.ts` (a workspace link) before anything is built there.
 */
function canonical(path: string, cache: Map<string, string>): string {
  const dir = dirname(path);
  let real = cache.get(dir);
  if (real === undefined) {
    try {
      real = realpathSync(dir);
    } catch {
      real = dir === dirname(dir) ? dir : canonical(dir, cache);
    }
    cache.set(dir, real);
  }
  return join(real, basename(path));
}

const EXTENSIONS: Record<string, ts.Extension> = { '.ts': ts.Extension.Ts, '.tsx': ts.Extension.Tsx, '.mts': ts.Extension.Mts, '.cts': ts.Extension.Cts };

/**
 * Module resolution as the compiler does it, except that a referenced project's `.d.ts` output
 * resolves to its source (whether or not it has been built), as TypeScript's editor service does
 * (`useSourceOfProjectReferenceRedirect`).
 */
export function redirectingResolution(redirects: ReadonlyMap<string, string>): ResolutionHostFactory {
  return (moduleHost, getCompilerOptions) => {
    const real = new Map<string, string>();
    const redirectOf = (path: string): string | undefined => redirects.get(canonical(resolve(path), real));
    const host: ts.ModuleResolutionHost = {
      ...moduleHost,
      fileExists: (path) => redirectOf(path) !== undefined || moduleHost.fileExists(path),
    };
    const cache = ts.createModuleResolutionCache(process.cwd(), (name) => name, getCompilerOptions());
    return {
      resolveModuleNames(names, containingFile, _reused, redirectedReference, options, containingSourceFile) {
        return names.map((name) => {
          const mode = containingSourceFile ? ts.getModeForResolutionAtIndex(containingSourceFile, names.indexOf(name), options) : undefined;
          const resolved = ts.resolveModuleName(name, containingFile, options, host, cache, redirectedReference, mode).resolvedModule;
          const source = resolved && redirectOf(resolved.resolvedFileName);
          if (!source) return resolved;
          return { resolvedFileName: source, extension: EXTENSIONS[extensionOf(source)] ?? ts.Extension.Ts, isExternalLibraryImport: false };
        });
      },
    };
  };
}
