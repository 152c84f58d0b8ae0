import { isAbsolute, relative, sep } from 'node:path';

/** Whether `path` is `root` or below it (a name like `..cache` inside the root counts as inside). */
export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}
