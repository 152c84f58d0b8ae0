import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { isInside } from '../core/paths.js';

/**
 * The package a folder belongs to, for grouping many files into a few lines: the nearest folder
 * with a package.json between the root and it; else its top folder under the root; the root for
 * the root itself and anything outside it. Cached per folder; one instance per root.
 */
export class PackageFolders {
  readonly #cache = new Map<string, string>();

  constructor(private readonly root: string) {}

  of(dir: string): string {
    const cached = this.#cache.get(dir);
    if (cached !== undefined) return cached;
    let found: string;
    if (!isInside(this.root, dir) || dir === this.root) found = this.root;
    else if (existsSync(join(dir, 'package.json'))) found = dir;
    else {
      const parent = this.of(dirname(dir));
      found = parent === this.root ? join(this.root, relative(this.root, dir).split(/[\\/]/)[0]!) : parent;
    }
    this.#cache.set(dir, found);
    return found;
  }
}
