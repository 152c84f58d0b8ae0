import { statSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * How many files a run can have at most, known before discovery: when every path given names an
 * existing file (not a folder, not a glob), discovery finds no more than those (ignore rules and
 * --staged only drop some). Undefined otherwise, or past `atMost` paths (not worth the stats).
 * A pre-commit hook passes its staged files this way; the runner then knows the run is small
 * before it would start threads (src/runner/pool.ts prestartPool).
 */
export function namedFileCount(cwd: string, paths: readonly string[], atMost: number): number | undefined {
  if (paths.length === 0 || paths.length > atMost) return undefined;
  for (const path of paths) {
    if (!statSync(resolve(cwd, path), { throwIfNoEntry: false })?.isFile()) return undefined;
  }
  return paths.length;
}
