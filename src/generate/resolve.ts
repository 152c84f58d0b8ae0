import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CodemorphError, UsageError } from '../core/errors.js';
import { findInstalledPackage } from '../workspace/packages.js';
import { readGenerator, type GeneratorDefinition } from './definition.js';

export const BUILTIN_GENERATORS = ['pass', 'rule', 'recipe'] as const;

/** The `generators/` folder shipped with codemorph (beside dist/ when built, beside src/ in tests). */
function builtinDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let up = 0; up < 4; up++) {
    if (existsSync(join(dir, 'generators', 'pass', 'schema.json'))) return join(dir, 'generators');
    dir = dirname(dir);
  }
  throw new CodemorphError('load', 'the built-in generators are missing from this installation of codemorph');
}

function readJson(path: string, what: string): Record<string, unknown> {
  try {
    const data = JSON.parse(readFileSync(path, 'utf8')) as unknown;
    if (typeof data === 'object' && data !== null && !Array.isArray(data)) return data as Record<string, unknown>;
  } catch (error) {
    throw new CodemorphError('load', `${path}: cannot read ${what}: ${(error as Error).message.split('\n')[0]}`, { path });
  }
  throw new CodemorphError('load', `${path}: ${what} must be a JSON object`, { path });
}

/** `package:generator`: the package declares `"codemorph": { "generators": "./generators.json" }`. */
function fromPackage(root: string, spec: string): GeneratorDefinition {
  const colon = spec.lastIndexOf(':');
  const [name, generator] = [spec.slice(0, colon), spec.slice(colon + 1)];
  const dir = findInstalledPackage(root, name);
  if (!dir) throw new UsageError(`${spec}: package "${name}" is not installed (looked in node_modules from ${root} upward)`);
  const manifest = readJson(join(dir, 'package.json'), 'package.json');
  const declared = (manifest.codemorph as { generators?: unknown } | undefined)?.generators;
  if (typeof declared !== 'string') throw new UsageError(`${spec}: package "${name}" declares no generators ("codemorph": { "generators": "./generators.json" } in its package.json)`);
  const listPath = resolve(dir, declared);
  const list = readJson(listPath, 'the generators list');
  const entries = (list.generators ?? list) as Record<string, unknown>;
  const entry = entries[generator];
  const path = typeof entry === 'string' ? entry : (entry as { path?: unknown } | undefined)?.path;
  if (typeof path !== 'string') throw new UsageError(`${spec}: no generator "${generator}" in ${name} (it has: ${Object.keys(entries).join(', ') || 'none'})`);
  return readGenerator(resolve(dirname(listPath), path), generator);
}

export interface FindGeneratorContext {
  readonly cwd: string;
  readonly root: string;
  /** The config's `generators`, already resolved to absolute folders. */
  readonly configured?: Readonly<Record<string, string>>;
}

/**
 * A generator by path (a folder), by a name in the project's config, as `package:name` from an
 * installed package, or a built-in (pass, rule, recipe), in that order.
 */
export function findGenerator(spec: string, ctx: FindGeneratorContext): GeneratorDefinition {
  const asPath = resolve(ctx.cwd, spec);
  if ((spec.startsWith('.') || spec.includes('/') || spec.includes('\\')) && statSync(asPath, { throwIfNoEntry: false })?.isDirectory()) {
    return readGenerator(asPath);
  }
  const configured = ctx.configured?.[spec];
  if (configured) return readGenerator(configured, spec);
  if (spec.includes(':')) return fromPackage(ctx.root, spec);
  if ((BUILTIN_GENERATORS as readonly string[]).includes(spec)) return readGenerator(join(builtinDir(), spec), spec);
  const names = [...BUILTIN_GENERATORS, ...Object.keys(ctx.configured ?? {})];
  throw new UsageError(`unknown generator "${spec}" (known: ${names.join(', ')}; or a folder path, or package:name)`);
}
