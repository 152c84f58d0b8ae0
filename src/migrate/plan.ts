import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';
import { UsageError } from '../core/errors.js';
import type { RecipeDefinition } from '../core/recipe.js';
import type { ChangedFile } from '../core/result.js';
import { fetchPackage } from './fetch.js';
import { findInstalled } from './installed.js';
import { readMigrations, type Migration } from './manifest.js';
import { updateDependencyRange } from './range.js';
import { selectMigrations, toVersion } from './select.js';

export interface MigrationRequest {
  /** The project root: node_modules, the lockfile and package.json are read here. */
  readonly root: string;
  /** `name` or `name@version` (any spec npm takes: a range, a tag, `file:../lib.tgz`). */
  readonly spec: string;
  /** `--from`: the version upgraded from, instead of the installed one. */
  readonly from?: string;
  /** `--to`: the version upgraded to, instead of the target package's own. */
  readonly to?: string;
}

export interface MigrationPlan {
  readonly packageName: string;
  readonly from: string;
  readonly to: string;
  /** The migrations to run, in version order. */
  readonly migrations: readonly Migration[];
  /** The migrations as one recipe (each transform a step, with its paths and options). */
  readonly recipe: RecipeDefinition;
  /** The project's package.json with the dependency's range moved to `to`, when it has one. */
  readonly packageJson?: ChangedFile;
  /** Why the range was not moved, when it was not. */
  readonly rangeNote?: string;
  /** Removes the fetched package (the run loads transforms from it until then). */
  dispose(): void;
}

/** `@scope/name@1.2.0` → name and spec; `name` alone has no spec. */
export function parsePackageSpec(spec: string): { name: string; version?: string } {
  const at = spec.indexOf('@', 1);
  return at > 0 ? { name: spec.slice(0, at), version: spec.slice(at + 1) } : { name: spec };
}

function declaredRange(root: string, name: string): string | undefined {
  const path = join(root, 'package.json');
  if (!existsSync(path)) return undefined;
  const data = JSON.parse(readFileSync(path, 'utf8')) as Record<string, Record<string, string> | undefined>;
  for (const section of ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies']) {
    const range = data[section]?.[name];
    if (typeof range === 'string') return range;
  }
  return undefined;
}

function versionFlag(flag: string, value: string): string {
  const version = toVersion(value);
  if (!version) throw new UsageError(`${flag} ${value}: not a version or a range`);
  return version;
}

function packageJsonChange(root: string, name: string, to: string): { change?: ChangedFile; note?: string } {
  const path = join(root, 'package.json');
  if (!existsSync(path)) return {};
  const before = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  const update = updateDependencyRange(before, name, to);
  if (!update.text) return { note: update.note };
  const change: ChangedFile = {
    status: 'changed', operation: 'edit', path, relativePath: 'package.json', before, after: update.text,
    passes: ['migrate'], attribution: [], warnings: [], stats: {},
  };
  return { change, note: update.note };
}

/**
 * Works out what `codemorph migrate` runs: the installed version (node_modules, else the
 * lockfile, else --from), the target package (installed already, or fetched into a temporary
 * folder; never installed), its migrations between the two, and the package.json range change.
 */
export function planMigration(request: MigrationRequest): MigrationPlan {
  const { root } = request;
  const { name, version: spec } = parsePackageSpec(request.spec);
  const installed = findInstalled(root, name);
  const range = declaredRange(root, name);
  if (!installed && !range && !request.from) throw new UsageError(`unknown package ${name}: not in package.json, node_modules or the lockfile (check the name, or pass --from)`);
  const from = request.from ? versionFlag('--from', request.from) : installed?.version ?? toVersion(range!);
  if (!from) throw new UsageError(`${name}: cannot tell the installed version from "${range}"; pass --from <version>`);
  const target = spec ?? request.to;
  let dir: string;
  let dispose = (): void => undefined;
  if (target === undefined || (installed?.dir && semver.valid(target) && semver.eq(target, installed.version))) {
    if (!installed?.dir) throw new UsageError(`${name} is not in node_modules: name the target version (${name}@<version>)`);
    dir = installed.dir;
  } else {
    const fetched = fetchPackage(root, name, target);
    dir = fetched.dir;
    dispose = fetched.dispose;
  }
  try {
    const manifest = readMigrations(dir);
    if (manifest.packageName !== name) throw new UsageError(`${request.spec}: the package fetched is ${manifest.packageName}, not ${name}`);
    const to = request.to ? versionFlag('--to', request.to) : manifest.packageVersion;
    const migrations = selectMigrations(manifest.migrations, from, to, name);
    const recipe: RecipeDefinition = {
      name: `migrate ${name} ${from} -> ${to}`,
      steps: migrations.flatMap((migration) =>
        migration.transforms.map((path) => ({
          path,
          ...(migration.options ? { options: migration.options } : {}),
          ...(migration.paths ? { when: { files: migration.paths } } : {}),
        })),
      ),
      baseDir: dir,
    };
    const { change, note } = semver.eq(from, to) ? {} : packageJsonChange(root, name, to);
    return { packageName: name, from, to, migrations, recipe, ...(change ? { packageJson: change } : {}), ...(note ? { rangeNote: note } : {}), dispose };
  } catch (error) {
    dispose();
    throw error;
  }
}
