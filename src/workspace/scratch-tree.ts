import { copyFileSync, mkdirSync, readdirSync, readlinkSync, realpathSync, symlinkSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';

const SKIPPED_DIRS = new Set(['.git', '.codemorph', '.verify-cache', '.bench-cache']);

/**
 * Links a node_modules folder into the copy entry by entry (scopes one level down). A workspace
 * link (`node_modules/@org/core` -> `../../packages/core`, npm, yarn and pnpm workspaces) points
 * at the copy's package, so the check sees the changed sources; every other dependency is linked
 * to where it really is.
 */
function linkDependencies(from: string, to: string, tree: { base: string; copy: string }): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (entry.name.startsWith('@') && entry.isDirectory()) {
      linkDependencies(source, target, tree);
      continue;
    }
    let real: string;
    try {
      real = realpathSync(source);
    } catch {
      continue; // a dangling link resolves to nothing in the original either
    }
    const inside = relative(tree.base, real);
    const workspace = entry.isSymbolicLink() && !inside.startsWith('..') && !isAbsolute(inside) && !/(^|[\\/])node_modules([\\/]|$)/.test(inside);
    symlinkSync(workspace ? join(tree.copy, inside) : real, target, entry.isDirectory() || workspace ? 'dir' : 'file');
  }
}

/**
 * Copies a project tree into a scratch folder (the "after" side of a type check, a patch under
 * review); dependencies are linked, not copied, and codemorph's own state is left out.
 */
export function copyTree(from: string, to: string, tree = { base: from, copy: to }): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (entry.isDirectory()) {
      if (SKIPPED_DIRS.has(entry.name)) continue;
      if (entry.name === 'node_modules') linkDependencies(source, target, tree);
      else copyTree(source, target, tree);
    } else if (entry.isSymbolicLink()) {
      symlinkSync(readlinkSync(source), target);
    } else if (entry.isFile()) {
      copyFileSync(source, target);
    }
  }
}
