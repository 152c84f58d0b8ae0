import { dirname, extname, isAbsolute, posix, resolve } from 'node:path';
import { lilconfigSync, type LoaderSync } from 'lilconfig';
import { CodemorphError } from '../core/errors.js';
import type { OptionValues } from '../core/options.js';
import type { RecipeDefinition, RecipeStep } from '../core/recipe.js';

/** The project config: defaults that command-line flags override. */
export interface CodemorphConfig {
  readonly paths?: readonly string[];
  readonly ignore?: readonly string[];
  readonly extensions?: readonly string[];
  /** Per-pass options, keyed by pass id. */
  readonly options?: Readonly<Record<string, OptionValues>>;
  /** Named recipes: `name: [steps]` or `name: { description, steps }`. */
  readonly recipes?: Readonly<Record<string, readonly RecipeStep[] | { description?: string; steps: readonly RecipeStep[] }>>;
  readonly maxFileSize?: number;
  /** Named generators: `name: path to the generator folder` (relative to the config file). */
  readonly generators?: Readonly<Record<string, string>>;
}

export interface LoadedConfig {
  readonly path?: string;
  readonly config: CodemorphConfig;
}

export const CONFIG_FILES = [
  'package.json',
  'codemorph.config.ts',
  'codemorph.config.mjs',
  'codemorph.config.js',
  'codemorph.config.json',
  'codemorph.config.yaml',
  'codemorph.config.yml',
];

// The loaders import what they need when a config of their kind is found: most runs have none.
const moduleLoader = async (path: string): Promise<unknown> => {
  const { loadModule } = await import('./load-module.js');
  const module = (await loadModule(path)) as { default?: unknown };
  return module.default ?? module;
};
const yamlLoader = async (path: string, content: string): Promise<unknown> => {
  const { parseYamlData } = await import('./yaml.js');
  return parseYamlData(content);
};
/** The loaders of config files that are modules or YAML, by extension: run once the search found one. */
const LATER: Readonly<Record<string, (path: string, content: string) => Promise<unknown>>> = {
  '.ts': moduleLoader,
  '.mjs': moduleLoader,
  '.js': moduleLoader,
  '.cjs': moduleLoader,
  '.yaml': yamlLoader,
  '.yml': yamlLoader,
};
/** What the search's loader gives for such a file: the file found, its text, loaded after the search. */
class Found {
  constructor(readonly content: string) {}
}
const found: LoaderSync = (_path, content) => new Found(content);

const KNOWN = new Set(['paths', 'ignore', 'extensions', 'options', 'recipes', 'maxFileSize', 'generators']);

function validate(path: string, value: unknown): CodemorphConfig {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new CodemorphError('usage', `${path}: the config must be an object`);
  }
  for (const key of Object.keys(value)) {
    if (!KNOWN.has(key)) throw new CodemorphError('usage', `${path}: unknown config key "${key}" (known: ${[...KNOWN].join(', ')})`);
  }
  const record = value as Record<string, unknown>;
  for (const key of ['paths', 'ignore', 'extensions']) {
    const list = record[key];
    if (list !== undefined && !(Array.isArray(list) && list.every((item) => typeof item === 'string'))) {
      throw new CodemorphError('usage', `${path}: "${key}" must be a list of strings`);
    }
  }
  for (const key of ['options', 'recipes', 'generators']) {
    const map = record[key];
    if (map !== undefined && (typeof map !== 'object' || map === null || Array.isArray(map))) {
      throw new CodemorphError('usage', `${path}: "${key}" must be an object`);
    }
  }
  const generators = record.generators as Record<string, unknown> | undefined;
  if (generators && !Object.values(generators).every((value) => typeof value === 'string')) {
    throw new CodemorphError('usage', `${path}: "generators" maps names to generator folders (strings)`);
  }
  const size = record.maxFileSize;
  if (size !== undefined && !(typeof size === 'number' && Number.isInteger(size) && size > 0)) {
    throw new CodemorphError('usage', `${path}: "maxFileSize" must be a positive whole number of bytes`);
  }
  return value as CodemorphConfig;
}

/**
 * A package's `"codemorph"` key also declares what it ships to others (`migrations`, and
 * `generators` as a path to its generators.json): those are not settings of this project.
 */
function withoutPackageDeclarations(path: string, value: unknown): unknown {
  if (!path.endsWith('package.json') || typeof value !== 'object' || value === null) return value;
  const { migrations: _migrations, ...rest } = value as Record<string, unknown>;
  if (typeof rest.generators === 'string') delete rest.generators;
  return rest;
}

/**
 * Finds the config upward from `cwd` and validates its keys; an explicit `--config` path wins.
 * lilconfig: a small, dependency-free, well-kept searcher (lint-staged uses it) that takes our
 * own loaders, so TypeScript configs go through the same jiti loader as user passes. Its
 * synchronous search: a stat per place and folder on this thread, where the asynchronous one made
 * each a round trip through libuv's thread pool and loaded node:fs/promises (a one-file check,
 * which finds no config, is what a pre-commit hook feels); modules and YAML load after it.
 */
export async function loadConfig(cwd: string, explicit?: string): Promise<LoadedConfig> {
  const explorer = lilconfigSync('codemorph', {
    searchPlaces: CONFIG_FILES,
    loaders: Object.fromEntries(Object.keys(LATER).map((extension) => [extension, found])),
  });
  try {
    const result = explicit ? explorer.load(explicit) : explorer.search(cwd);
    if (!result || result.isEmpty) return { config: {} };
    const config: unknown = result.config instanceof Found ? await LATER[extname(result.filepath)]!(result.filepath, result.config.content) : result.config;
    return { path: result.filepath, config: validate(result.filepath, withoutPackageDeclarations(result.filepath, config)) };
  } catch (error) {
    if (error instanceof CodemorphError) throw error;
    throw new CodemorphError('usage', `cannot load config: ${(error as Error).message.split('\n')[0]}`);
  }
}

/** The config's named recipes in the shape the step loader takes. */
export function configRecipes(loaded: LoadedConfig): RecipeDefinition[] {
  const baseDir = loaded.path ? dirname(loaded.path) : undefined;
  return Object.entries(loaded.config.recipes ?? {}).map(([name, value]) =>
    Array.isArray(value)
      ? { name, steps: value as RecipeStep[], baseDir }
      : {
          name,
          description: (value as { description?: string }).description,
          steps: (value as { steps: RecipeStep[] }).steps,
          baseDir,
        },
  );
}

function escapeGlob(path: string): string {
  return path.split('\\').join('/').replace(/[*?[\]{}()!]/g, '\\$&');
}

/**
 * The config with `paths` and `ignore` anchored to the config file's folder, as written there:
 * run from a subdirectory, `ignore: ["src/legacy/**"]` must still skip src/legacy. Ignore globs
 * become absolute (the glob matcher accepts absolute ignore patterns).
 */
export function anchorConfig(loaded: LoadedConfig): CodemorphConfig {
  if (!loaded.path) return loaded.config;
  const dir = dirname(loaded.path);
  const { paths, ignore } = loaded.config;
  return {
    ...loaded.config,
    ...(paths ? { paths: paths.map((path) => resolve(dir, path)) } : {}),
    ...(ignore ? { ignore: ignore.map((glob) => (isAbsolute(glob) ? glob : posix.normalize(`${escapeGlob(dir)}/${glob}`))) } : {}),
  };
}
