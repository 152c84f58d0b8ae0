import { statSync } from 'node:fs';
import { selectShard, type Shard } from '../workspace/shard.js';
import { projectOwnership } from './project-units.js';

function bytes(path: string): number {
  return statSync(path, { throwIfNoEntry: false })?.size ?? 0;
}

/**
 * Keeps the files of one shard of a type-aware run. In a monorepo whole tsconfig projects go to
 * shards, so a shard loads each of its projects once and no two shards load the same one: the
 * projects, largest first (bytes of the run's files they own), each to the shard with the least
 * so far (ties: the lower shard, then the config path). Every machine computes the same split
 * from the same tree; unlike the per-file hash, a project can change shards when the tree grows.
 * A single-project tree, and files no project selects, fall back to the per-file hash.
 */
export function selectProjectShard(
  root: string,
  files: readonly string[],
  shard: Shard,
  { tsconfig, relativeOf }: { tsconfig?: string; relativeOf: (file: string) => string },
): string[] {
  if (shard.count === 1) return [...files];
  const ownership = projectOwnership(root, files, tsconfig);
  if (ownership.kind === 'single') return selectShard(files, shard, relativeOf);
  const projects = [...ownership.groups].map(([project, owned]) => ({
    key: relativeOf(project.configPath),
    files: [...owned],
    size: [...owned].reduce((sum, file) => sum + bytes(file), 0),
  }));
  projects.sort((a, b) => b.size - a.size || a.key.localeCompare(b.key));
  const loads = new Array<number>(shard.count).fill(0);
  const kept = new Set(selectShard(ownership.ownerless, shard, relativeOf));
  for (const project of projects) {
    let least = 0;
    for (let i = 1; i < loads.length; i++) if (loads[i]! < loads[least]!) least = i;
    loads[least]! += project.size;
    if (least === shard.index - 1) for (const file of project.files) kept.add(file);
  }
  return files.filter((file) => kept.has(file));
}
