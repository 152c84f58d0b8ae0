import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findInstalledPackage } from '../workspace/packages.js';
import { parseYamlData } from '../workspace/yaml.js';

export interface Installed {
  readonly version: string;
  /** Where the version was read: node_modules/<name>/package.json or a lockfile. */
  readonly source: string;
  /** The installed package's folder, when it is in node_modules. */
  readonly dir?: string;
}

function readJsonOrUndefined(path: string): Record<string, unknown> | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

type PnpmDependency = string | { version?: string } | undefined;

/** pnpm-lock.yaml: `importers['.']` (lockfile v6 and later) or top-level `dependencies` (v5). */
function fromPnpmLock(path: string, name: string): string | undefined {
  let data: Record<string, unknown>;
  try {
    data = parseYamlData(readFileSync(path, 'utf8')) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  const sections = ['dependencies', 'devDependencies', 'optionalDependencies'];
  const importer = (data.importers as Record<string, Record<string, Record<string, PnpmDependency>>> | undefined)?.['.'] ?? (data as Record<string, Record<string, PnpmDependency>>);
  for (const section of sections) {
    const entry = (importer[section] as Record<string, PnpmDependency> | undefined)?.[name];
    const version = typeof entry === 'string' ? entry : entry?.version;
    // `1.2.0(react@18.2.0)`: the peer suffix is not part of the version.
    if (version) return version.replace(/\(.*$/, '');
  }
  return undefined;
}

/** package-lock.json (lockfile v1 to v3), yarn.lock (classic and berry) or pnpm-lock.yaml. */
function fromLockfile(root: string, name: string): Installed | undefined {
  const npmLock = join(root, 'package-lock.json');
  const lock = existsSync(npmLock) ? readJsonOrUndefined(npmLock) : undefined;
  if (lock) {
    const packages = lock.packages as Record<string, { version?: string }> | undefined;
    const dependencies = lock.dependencies as Record<string, { version?: string }> | undefined;
    const version = packages?.[`node_modules/${name}`]?.version ?? dependencies?.[name]?.version;
    if (version) return { version, source: 'package-lock.json' };
  }
  const yarnLock = join(root, 'yarn.lock');
  if (existsSync(yarnLock)) {
    const escaped = name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    const match = new RegExp(`^"?${escaped}@[^\\n]*:\\n(?:[ \\t]+[^\\n]*\\n)*?[ \\t]+version:? "?([^"\\n]+)"?`, 'm').exec(readFileSync(yarnLock, 'utf8'));
    if (match) return { version: match[1]!, source: 'yarn.lock' };
  }
  const pnpmLock = join(root, 'pnpm-lock.yaml');
  const pnpmVersion = existsSync(pnpmLock) ? fromPnpmLock(pnpmLock, name) : undefined;
  return pnpmVersion ? { version: pnpmVersion, source: 'pnpm-lock.yaml' } : undefined;
}

/** The installed version of a package: the project's node_modules first, else its lockfile. */
export function findInstalled(root: string, name: string): Installed | undefined {
  const dir = findInstalledPackage(root, name);
  const version = dir ? (readJsonOrUndefined(join(dir, 'package.json'))?.version as string | undefined) : undefined;
  if (dir && version) return { version, source: `node_modules/${name}/package.json`, dir };
  return fromLockfile(root, name);
}
