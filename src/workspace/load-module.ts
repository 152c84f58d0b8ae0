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
export async function loadModule(path: string): Promise<unknown> {
  try {
    if (TYPESCRIPT.test(path)) {
      jiti ??= createJiti(import.meta.url, { interopDefault: false, moduleCache: true, fsCache: false });
      return await jiti.import(path);
    }
    return await import(pathToFileURL(path).href);
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new CodemorphError('load', `${path}: cannot load: ${message}`, { path, cause: error });
  }
}
