import { UsageError } from '../core/errors.js';

/** One slice of a run split across machines: `index` is 1-based, `count` the number of slices. */
export interface Shard {
  readonly index: number;
  readonly count: number;
}

/** Parses `--shard i/n` (1-based: `1/4` … `4/4`, as jest and playwright spell it). */
export function parseShard(value: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(value.trim());
  const index = match ? Number(match[1]) : NaN;
  const count = match ? Number(match[2]) : NaN;
  if (!match || count < 1 || index < 1 || index > count) {
    throw new UsageError(`--shard expects i/n with 1 <= i <= n (for example 2/8), got "${value}"`);
  }
  return { index, count };
}

/**
 * FNV-1a over the UTF-8 bytes of the path. Why not sort and cut into ranges: a file's shard then
 * depends only on its own path, so it is the same on every machine whatever else exists, and
 * adding a file never moves the others between shards.
 */
export function pathHash(relativePath: string): number {
  let hash = 0x811c9dc5;
  for (const byte of Buffer.from(relativePath, 'utf8')) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** The 1-based shard a path (relative to the root, forward slashes) belongs to. */
export function shardOf(relativePath: string, count: number): number {
  return (pathHash(relativePath) % count) + 1;
}

/** Keeps the files of one shard; `relativeOf` gives the root-relative, forward-slash path. */
export function selectShard<T>(files: readonly T[], shard: Shard, relativeOf: (file: T) => string): T[] {
  if (shard.count === 1) return [...files];
  return files.filter((file) => shardOf(relativeOf(file), shard.count) === shard.index);
}
