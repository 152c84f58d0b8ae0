import { dirname } from 'node:path';
import { NOT_IN_PROJECT } from '../core/errors.js';
import type { FileResult } from '../core/result.js';
import { PackageFolders } from '../workspace/package-folders.js';

type Failed = Extract<FileResult, { status: 'failed' }>;

/**
 * Whether a failure says something about where a file sits rather than about the file: no
 * tsconfig project selects it, or its project's tsconfig cannot load. Such failures come by the
 * hundred in a monorepo (a legacy folder, a package without a tsconfig) and read better grouped.
 */
export function isPlacementFailure(result: FileResult): result is Failed {
  if (result.status !== 'failed' || result.error.kind !== 'usage') return false;
  return result.error.message === NOT_IN_PROJECT || /\.json: cannot load: /.test(result.error.message);
}

/**
 * Placement failures grouped by package (the nearest folder with a package.json, inside the root;
 * else the file's top folder), pass and message: one line per group with a count. A group of one
 * file prints as the file's own line. Single use: add() during the run, lines() at the end.
 */
export class FailureGroups {
  readonly #groups = new Map<string, { folder: string; passId: string | undefined; message: string; paths: string[] }>();
  readonly #folders: PackageFolders;

  constructor(root: string) {
    this.#folders = new PackageFolders(root);
  }

  add(result: Failed): void {
    const folder = this.#folders.of(dirname(result.path));
    const key = [folder, result.error.passId ?? '', result.error.message].join('\u0000');
    const group = this.#groups.get(key) ?? { folder, passId: result.error.passId, message: result.error.message, paths: [] };
    group.paths.push(result.path);
    this.#groups.set(key, group);
  }

  get size(): number {
    return this.#groups.size;
  }

  /** One line per group, sorted; `show` turns an absolute path into what the user reads. */
  lines(show: (path: string) => string): string[] {
    return [...this.#groups.values()]
      .map(({ folder, passId, message, paths }) => {
        const pass = passId ? `${passId}: ` : '';
        if (paths.length === 1) return `${show(paths[0]!)}: ${pass}${message}`;
        const counted = message.includes('this file') ? message.replace('this file', `these ${paths.length} files`) : `${paths.length} files: ${message}`;
        const shown = show(folder);
        return `${shown === '.' ? '.' : `${shown}/`}: ${pass}${counted} (--verbose lists them)`;
      })
      .sort();
  }
}
