import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Its own module, loaded when `codemorph rewrite` runs: node:crypto is no part of start-up.
/**
 * `--pattern`/`--to` become a one-rule YAML file in a temporary folder named by their hash, so
 * worker threads can load the same pass again from its path (a step is reloaded by source).
 */
export function ruleFileFor(pattern: string, to: string, language: string | undefined): { path: string; dispose: () => void } {
  // JSON is YAML too (flow style), and needs no YAML library to write.
  const text = JSON.stringify({ id: 'rewrite', pattern, rewrite: to, ...(language ? { language } : {}) });
  const dir = join(tmpdir(), `codemorph-rewrite-${createHash('sha1').update(text).digest('hex').slice(0, 16)}`);
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'rewrite.yaml');
  writeFileSync(path, text);
  return { path, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

