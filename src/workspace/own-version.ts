import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let ownVersion: string | undefined;

/**
 * codemorph's own version, from the package.json of this installation. Found by walking up, not
 * by a fixed `../../..`: the same code runs from src/ (tests), dist/src/ and the CLI bundle in
 * dist/cli/ (scripts/bundle-cli.mjs), each at a different depth.
 */
export function codemorphVersion(): string {
  if (ownVersion) return ownVersion;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 5; depth++, dir = dirname(dir)) {
    const candidate = join(dir, 'package.json');
    if (!existsSync(candidate)) continue;
    const data = JSON.parse(readFileSync(candidate, 'utf8')) as { name?: string; version?: string };
    if (data.name === 'codemorph') return (ownVersion = data.version ?? '0');
  }
  return (ownVersion = '0');
}
