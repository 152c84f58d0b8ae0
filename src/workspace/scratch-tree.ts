import { copyFileSync, mkdirSync, readdirSync, readlinkSync, realpathSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

const SKIPPED_DIRS = new Set(['.git', '.codemorph', '.verify-cache', '.bench-cache']);

/**
 * Copies a project tree into a scratch folder (the "after" side of a type check, a patch under
 * review); dependencies are linked, not copied, and codemorph's own state is left out.
 */
export function copyTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (entry.isDirectory()) {
      if (SKIPPED_DIRS.has(entry.name)) continue;
      if (entry.name === 'node_modules') symlinkSync(realpathSync(source), target, 'dir');
      else copyTree(source, target);
    } else if (entry.isSymbolicLink()) {
      symlinkSync(readlinkSync(source), target);
    } else if (entry.isFile()) {
      copyFileSync(source, target);
    }
  }
}
