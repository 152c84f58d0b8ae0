import { pathToFileURL } from 'node:url';
import { createJiti } from 'jiti';
import { CodemorphError } from '../core/errors.js';

const TYPESCRIPT = /\.(c|m)?tsx?$/;
let jiti: ReturnType<typeof createJiti> | undefined;

/**
 * Loads a user module without a build step: JavaScript through Node's own loader (exact ESM/CJS
 * semantics), TypeScript through jiti (a well-kept on-the-fly transpiler used by many config
 * loaders), which needs no tsconfig and no global install.
 */
function viaJiti(path: string): Promise<unknown> {
  jiti ??= createJiti(import.meta.url, { interopDefault: false, moduleCache: true, fsCache: false });
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

export async function loadModule(path: string): Promise<unknown> {
  try {
    if (TYPESCRIPT.test(path)) return await viaJiti(path);
    try {
      return await import(pathToFileURL(path).href);
    } catch (error) {
      if (!worthRetrying(error)) throw error;
      return await viaJiti(path);
    }
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new CodemorphError('load', `${path}: cannot load: ${message}`, { path, cause: error });
  }
}
