import { basename, dirname, extname } from 'node:path';

/** jscodeshift's transform contract: `(fileInfo, api, options) => string | null | undefined`, maybe async. */
export type TransformFunction = (
  file: { path: string; source: string },
  api: unknown,
  options: Record<string, unknown>,
) => unknown;

export interface FoundTransform {
  readonly transform: TransformFunction;
  /** The module's `parser` export, if any (string or parser object). */
  readonly parser?: unknown;
}

function record(value: unknown): Record<string, unknown> | undefined {
  return (typeof value === 'object' || typeof value === 'function') && value !== null
    ? (value as Record<string, unknown>)
    : undefined;
}

function parserOf(...holders: Array<Record<string, unknown> | undefined>): unknown {
  for (const holder of holders) {
    if (holder && holder.parser !== undefined) return holder.parser;
  }
  return undefined;
}

/**
 * Finds the transform function in a loaded module, whatever the module system made of it:
 * `module.exports = fn` and `export default fn` arrive as `{ default: fn }`,
 * `module.exports.default = fn` (and Babel/TypeScript-compiled ESM) as `{ default: { default: fn } }`,
 * a TypeScript file loaded through jiti as `{ default: fn, parser }`.
 */
export function findTransform(module: unknown): FoundTransform | undefined {
  if (typeof module === 'function') {
    const fn = module as TransformFunction & Record<string, unknown>;
    return { transform: fn, parser: fn.parser };
  }
  const top = record(module);
  if (!top) return undefined;
  const outer = top.default;
  if (typeof outer === 'function') {
    return { transform: outer as TransformFunction, parser: parserOf(record(outer), top) };
  }
  const inner = record(outer);
  if (inner && typeof inner.default === 'function') {
    return { transform: inner.default as TransformFunction, parser: parserOf(inner, record(inner.default), top) };
  }
  return undefined;
}

/**
 * A pass id from the transform's file name: `removeConsole.js` → `remove-console`; an
 * `index.js` takes its folder's name, as codemod repositories often keep one folder per transform.
 */
export function transformId(path: string): string {
  let name = basename(path, extname(path));
  if (name === 'index') name = basename(dirname(path));
  const id = name
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return id.length > 0 ? id : 'jscodeshift-transform';
}
