import Module, { createRequire, register } from 'node:module';
import { dirname, sep } from 'node:path';
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * One copy of jscodeshift for the transform and everything it loads. Under the jscodeshift CLI, a
 * transform's helpers (import-management libraries and the like) that `require('jscodeshift')`
 * themselves get the runner's copy; a copy of their own would build nodes that the runner's
 * ast-types rejects ("Received an unexpected value [object Array]"). codemorph resolves
 * `jscodeshift` and `jscodeshift/…` to the copy its engine uses, for every module loaded after
 * this is installed: through Node's CommonJS resolver, jiti's aliases (jscodeshiftAliases), and a
 * resolve hook for ES modules (esm-hook.ts).
 */

const own = createRequire(import.meta.url);
let ownDir: string | undefined;

/** The folder of the jscodeshift package codemorph's engine runs. */
export function ownJscodeshiftDir(): string {
  ownDir ??= dirname(own.resolve('jscodeshift/package.json'));
  return ownDir;
}

function isJscodeshiftRequest(request: string): boolean {
  return request === 'jscodeshift' || request.startsWith('jscodeshift/');
}

type ResolveFilename = (request: string, parent: unknown, isMain: boolean, options?: unknown) => string;
let installed = false;
let resolving = false;

/** Installs the redirect in this thread (idempotent). */
export function shareJscodeshiftCopy(): void {
  if (installed) return;
  installed = true;
  const ownPrefix = ownJscodeshiftDir() + sep;
  const loader = Module as unknown as { _resolveFilename: ResolveFilename };
  const original = loader._resolveFilename;
  loader._resolveFilename = function resolveFilename(this: unknown, request, parent, isMain, options) {
    if (!resolving && isJscodeshiftRequest(request)) {
      const from = (parent as { filename?: string } | undefined)?.filename ?? '';
      if (!from.startsWith(ownPrefix)) {
        resolving = true;
        try {
          return own.resolve(request);
        } catch {
          // A subpath our copy does not have: let the requester's own resolution answer.
        } finally {
          resolving = false;
        }
      }
    }
    return original.call(this, request, parent, isMain, options);
  };
  // The hook is a compiled file next to this one (absent when these sources run untranspiled, as under vitest).
  const hook = new URL('./esm-hook.js', import.meta.url);
  if (!existsSync(fileURLToPath(hook))) return;
  register(hook, {
    data: {
      ownDirUrl: pathToFileURL(ownPrefix).href,
      ownMainUrl: pathToFileURL(own.resolve('jscodeshift')).href,
    },
  });
}

/** jiti's `alias` option: the same redirect for modules jiti compiles (it resolves on its own). */
export function jscodeshiftAliases(): Record<string, string> {
  return { jscodeshift: ownJscodeshiftDir() };
}
