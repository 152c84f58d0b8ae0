import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import semver from 'semver';
import { CodemorphError } from '../core/errors.js';
import type { OptionValues } from '../core/options.js';

/** One entry of a package's migrations.json. */
export interface Migration {
  /** The package version that needs it: it runs when upgrading across this version. */
  readonly version: string;
  readonly description: string;
  /** Absolute paths inside the package: native passes, jscodeshift transforms, rule files, recipes. */
  readonly transforms: readonly string[];
  /** Only files matching these globs (relative to the project root). */
  readonly paths?: readonly string[];
  readonly options?: OptionValues;
}

export interface MigrationManifest {
  readonly packageName: string;
  readonly packageVersion: string;
  readonly dir: string;
  readonly migrations: readonly Migration[];
}

function manifestError(path: string, message: string): CodemorphError {
  return new CodemorphError('load', `${path}: ${message}`, { path });
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw manifestError(path, `cannot read: ${(error as Error).message.split('\n')[0]}`);
  }
}

const isStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');

function readEntry(path: string, dir: string, raw: unknown, index: number): Migration {
  const where = `migration ${index + 1}`;
  if (typeof raw !== 'object' || raw === null) throw manifestError(path, `${where} is not an object`);
  const entry = raw as Record<string, unknown>;
  if (typeof entry.version !== 'string' || !semver.valid(entry.version)) throw manifestError(path, `${where}: "version" must be a version such as "2.0.0"`);
  const label = `migration ${entry.version}`;
  if (typeof entry.description !== 'string') throw manifestError(path, `${label}: "description" is required`);
  const transforms = typeof entry.transforms === 'string' ? [entry.transforms] : entry.transforms;
  if (!isStrings(transforms) || transforms.length === 0) throw manifestError(path, `${label}: "transforms" must list at least one path inside the package`);
  if (entry.paths !== undefined && !isStrings(entry.paths)) throw manifestError(path, `${label}: "paths" must be a list of globs`);
  if (entry.options !== undefined && (typeof entry.options !== 'object' || entry.options === null || Array.isArray(entry.options))) {
    throw manifestError(path, `${label}: "options" must be an object`);
  }
  const absolute = transforms.map((transform) => resolve(dir, transform));
  const missing = absolute.findIndex((file) => !existsSync(file));
  if (missing >= 0) throw manifestError(path, `${label}: transform ${transforms[missing]} is missing from the package`);
  return {
    version: entry.version,
    description: entry.description,
    transforms: absolute,
    ...(entry.paths ? { paths: entry.paths as string[] } : {}),
    ...(entry.options ? { options: entry.options as OptionValues } : {}),
  };
}

/**
 * Reads the migrations a package declares with `"codemorph": { "migrations": "./migrations.json" }`
 * (`{ "migrations": [...] }` or a bare list). One-line errors: none declared, a bad entry, a
 * transform file missing from the package.
 */
export function readMigrations(dir: string): MigrationManifest {
  const manifestPath = join(dir, 'package.json');
  const pkg = readJson(manifestPath) as { name?: string; version?: string; codemorph?: { migrations?: unknown } };
  const name = pkg.name ?? dir;
  const declared = pkg.codemorph?.migrations;
  if (typeof declared !== 'string') {
    throw new CodemorphError('usage', `${name}@${pkg.version ?? '?'} declares no migrations ("codemorph": { "migrations": "./migrations.json" } in its package.json)`);
  }
  const path = resolve(dir, declared);
  if (!existsSync(path)) throw manifestError(path, `declared by ${name} but missing from the package`);
  const data = readJson(path);
  const list = Array.isArray(data) ? data : (data as { migrations?: unknown })?.migrations;
  if (!Array.isArray(list)) throw manifestError(path, 'expected { "migrations": [ ... ] }');
  return { packageName: name, packageVersion: pkg.version ?? '0.0.0', dir, migrations: list.map((raw, index) => readEntry(path, dir, raw, index)) };
}
