import semver from 'semver';
import { UsageError } from '../core/errors.js';
import type { Migration } from './manifest.js';

/**
 * A version as given or detected: an exact version, or a range (`^1.2.0`, from a package.json
 * without a lockfile) read as its lowest version. Undefined when it is neither.
 */
export function toVersion(value: string): string | undefined {
  const exact = semver.valid(semver.clean(value) ?? value);
  if (exact) return exact;
  try {
    return semver.minVersion(value)?.version;
  } catch {
    return undefined;
  }
}

/**
 * The migrations to run from `from` to `to`: every one whose version is greater than `from` and
 * at most `to`, in version order (prereleases ordered as semver orders them: 2.0.0-beta.1 runs
 * before 2.0.0, and upgrading to 2.0.0-beta.2 runs 2.0.0-beta.1 but not 2.0.0). Throws a usage
 * error when `to` is older than `from`.
 */
export function selectMigrations(migrations: readonly Migration[], from: string, to: string, packageName: string): Migration[] {
  if (semver.lt(to, from)) throw new UsageError(`${packageName}: the target version ${to} is older than the installed ${from}`);
  return migrations
    .filter((migration) => semver.gt(migration.version, from) && semver.lte(migration.version, to))
    .sort((a, b) => semver.compare(a.version, b.version));
}
