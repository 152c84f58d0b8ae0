import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { UsageError } from '../core/errors.js';
import { importModule } from '../core/import-module.cjs';

/** Formats one file's text (the absolute path picks the parser and the config). */
export type Formatter = (path: string, text: string) => Promise<string>;

/** The part of prettier's API (v2 and v3) that formatting a generated file needs. */
interface PrettierApi {
  format(text: string, options: Record<string, unknown>): string | Promise<string>;
  resolveConfig(path: string): Promise<Record<string, unknown> | null>;
  getFileInfo(path: string): Promise<{ ignored: boolean; inferredParser: string | null }>;
}

/**
 * The project's own prettier (never one of codemorph's), with the project's config: generated
 * files look like the rest of the code base. Files prettier ignores or has no parser for are
 * left as they are. Throws a usage error when the project has no prettier.
 */
export async function loadProjectPrettier(root: string): Promise<Formatter> {
  let resolved: string;
  try {
    resolved = createRequire(join(root, 'package.json')).resolve('prettier');
  } catch {
    throw new UsageError('--prettier: this project has no prettier installed (npm install --save-dev prettier)');
  }
  const module = (await importModule(pathToFileURL(resolved).href)) as PrettierApi & { default?: PrettierApi };
  const prettier = typeof module.format === 'function' ? module : module.default!;
  return async (path, text) => {
    const info = await prettier.getFileInfo(path);
    if (info.ignored || !info.inferredParser) return text;
    const config = (await prettier.resolveConfig(path)) ?? {};
    return prettier.format(text, { ...config, filepath: path });
  };
}
