import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** An installed package's root folder, found from `root` upward through node_modules. */
export function findInstalledPackage(root: string, name: string): string | undefined {
  let dir = resolve(root);
  for (;;) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
