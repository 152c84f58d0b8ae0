import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { createJiti } from 'jiti';
import { CodemorphError } from '../core/errors.js';
import { importModule } from '../core/import-module.cjs';
import { jscodeshiftAliases, shareJscodeshiftCopy } from '../engines/jscodeshift/shared-copy.js';

const TYPESCRIPT = /\.(c|m)?tsx?$/;
let jiti: ReturnType<typeof createJiti> | undefined;

/**
 * Loads a user module without a build step: JavaScript through Node's own loader (exact ESM/CJS
 * semantics; but see isEsmInCommonJs), TypeScript through jiti (a well-kept on-the-fly transpiler used by many config
 * loaders), which needs no tsconfig and no global install.
 */
async function viaJiti(path: string): Promise<unknown> {
  // Loaded on first use: JavaScript passes and built-ins never need a transpiler.
  const { createJiti: create } = (await importModule('jiti')) as typeof import('jiti');
  jiti ??= create(import.meta.url, { interopDefault: false, moduleCache: true, fsCache: false, alias: jscodeshiftAliases() });
  return jiti.import(path);
}

/**
 * Babel-era transforms (ESM syntax in a CommonJS package, extensionless relative imports) load
 * under jscodeshift's babel-register but not under Node's own loader: those get a second try
 * through jiti, which transpiles them the same way.
 */
function worthRetrying(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return error instanceof SyntaxError || code === 'ERR_MODULE_NOT_FOUND' || code === 'ERR_UNSUPPORTED_DIR_IMPORT' || code === 'MODULE_NOT_FOUND';
}

/** The `"type"` of the package a file belongs to (its nearest package.json), as Node reads it. */
function packageType(path: string): string | undefined {
  for (let dir = dirname(path); ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      try {
        const type = (JSON.parse(readFileSync(manifest, 'utf8')) as { type?: unknown }).type;
        return typeof type === 'string' ? type : undefined;
      } catch {
        return undefined;
      }
    }
    if (dirname(dir) === dir) return undefined;
  }
}

// A line that starts with an import or export declaration (or uses import.meta): ESM syntax.
const ESM_SYNTAX = /^[ \t]*(?:import\s*[\w*{'"]|import\.meta\b|export\s*(?:[{*]|default\b|const\b|let\b|var\b|function\b|async\b|class\b))/m;

/**
 * jscodeshift loads transforms through babel-register: ESM syntax in a CommonJS package is
 * compiled to CommonJS, so `require`, `module` and `__dirname` work next to `import`/`export`.
 * Node (≥ 20.19, 22.12) would instead load such a .js file as an ES module, where they do not
 * exist. Those files, and only those, go through jiti, which compiles them the same way.
 */
export function isEsmInCommonJs(path: string): boolean {
  if (!/\.jsx?$/.test(path) || packageType(path) === 'module') return false;
  try {
    return ESM_SYNTAX.test(readFileSync(path, 'utf8'));
  } catch {
    return false;
  }
}

export async function loadModule(path: string): Promise<unknown> {
  // A transform and its helpers share the engine's jscodeshift, as under jscodeshift's own CLI.
  shareJscodeshiftCopy();
  try {
    if (TYPESCRIPT.test(path) || isEsmInCommonJs(path)) return await viaJiti(path);
    try {
      return await importModule(pathToFileURL(path).href);
    } catch (error) {
      if (!worthRetrying(error)) throw error;
      return await viaJiti(path);
    }
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new CodemorphError('load', `${path}: cannot load: ${message}`, { path, cause: error });
  }
}
