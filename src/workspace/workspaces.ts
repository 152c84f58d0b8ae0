import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { globbySync } from 'globby';
import { parseYamlData } from './yaml.js';

function patternsOf(root: string): string[] {
  const patterns: string[] = [];
  const manifest = join(root, 'package.json');
  if (existsSync(manifest)) {
    try {
      // npm and yarn: an array, or yarn classic's { packages: [...] }.
      const workspaces = (JSON.parse(readFileSync(manifest, 'utf8')) as { workspaces?: unknown }).workspaces;
      const list = Array.isArray(workspaces) ? workspaces : (workspaces as { packages?: unknown } | undefined)?.packages;
      if (Array.isArray(list)) patterns.push(...list.filter((item): item is string => typeof item === 'string'));
    } catch {
      // A package.json that does not parse names no workspaces; the package manager reports it.
    }
  }
  const pnpm = join(root, 'pnpm-workspace.yaml');
  if (existsSync(pnpm)) {
    try {
      const list = (parseYamlData(readFileSync(pnpm, 'utf8')) as { packages?: unknown } | null)?.packages;
      if (Array.isArray(list)) patterns.push(...list.filter((item): item is string => typeof item === 'string'));
    } catch {
      // As above: pnpm reports a broken workspace file.
    }
  }
  return patterns;
}

/**
 * Absolute folders of the workspace packages declared at `root` (package.json `workspaces`,
 * pnpm-workspace.yaml `packages`), negated patterns honoured; node_modules never searched.
 */
export function workspacePackageDirs(root: string): string[] {
  const patterns = patternsOf(root).map((pattern) => {
    const negated = pattern.startsWith('!');
    const body = (negated ? pattern.slice(1) : pattern).replace(/\/+$/, '');
    return `${negated ? '!' : ''}${body}/package.json`;
  });
  if (!patterns.some((pattern) => !pattern.startsWith('!'))) return [];
  return globbySync(patterns, { cwd: root, absolute: true, ignore: ['**/node_modules/**'] }).map((path) => dirname(path)).sort();
}
