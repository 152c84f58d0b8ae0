import { crypto } from '../core/lazy-builtins.js';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Attribution, FileResult, Stats, Warning } from '../core/result.js';
import { codemorphVersion } from '../workspace/own-version.js';
import { ensureStateDir } from '../workspace/state-dir.js';
import type { LoadedStep } from '../workspace/steps.js';

/**
 * The incremental cache: what a syntax run concluded about a file, keyed by the file's path and
 * content and by everything that decides the outcome (codemorph's version, each pass's id, version,
 * module text, options and recipe conditions). The index (one JSON file per run key) holds compact
 * outcomes: "unchanged" (with its warnings), "skipped: cannot parse", skipped because passes declined, or "changed" with the passes
 * and ranges; the new text of a changed file sits in a file of its own next to the index, read
 * only on a hit. Failures are never stored: they re-run.
 */
interface Extra {
  readonly w?: readonly Warning[];
  readonly st?: Stats;
}
export type CachedOutcome =
  | (Extra & { readonly s: 'u' })
  | (Extra & { readonly s: 'k'; readonly r: string; readonly p?: readonly string[] })
  | (Extra & { readonly s: 'c'; readonly p: readonly string[]; readonly at: readonly Attribution[] });

export const CACHE_DIR = join('.codemorph', 'cache');
/** Bumped when the stored format changes. */
const FORMAT = 1;
/** A cache file unused for this long is deleted when another run saves. */
const MAX_AGE_MS = 30 * 24 * 3600 * 1000;

function sha1(...parts: readonly (string | Buffer)[]): string {
  const hash = crypto().createHash('sha1');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
}

function moduleHash(source: string): string | undefined {
  // Built-in ids are covered by the codemorph version; a user module by its text. (Only the file
  // itself: a change in something it imports needs `--no-cache` or a bumped `version`.)
  if (!source.includes('/') && !source.includes('\\')) return undefined;
  try {
    return sha1(readFileSync(source));
  } catch {
    return 'unreadable';
  }
}

/** The part of the key shared by every file of a run. */
export function runKey(steps: readonly LoadedStep[], settings: { readonly maxRounds?: number }): string {
  const parts = steps.map((step) => ({
    id: step.pass.id,
    version: step.pass.version ?? null,
    engine: step.pass.engine ?? 'codemorph',
    source: step.source,
    module: moduleHash(step.source) ?? null,
    options: step.options,
    when: step.preconditions ?? null,
  }));
  return sha1(JSON.stringify({ format: FORMAT, codemorph: codemorphVersion(), maxRounds: settings.maxRounds ?? 1, parts }));
}

/** Per file: its root-relative path (the parser's dialect follows the extension) and its text. */
export function fileKey(relativePath: string, text: string): string {
  return sha1(relativePath, text);
}

/** The outcome worth storing, or undefined (changed and failed files are never stored). */
export function outcomeOf(result: FileResult): CachedOutcome | undefined {
  const extra = {
    ...(result.warnings.length > 0 ? { w: result.warnings } : {}),
    ...(Object.keys(result.stats).length > 0 ? { st: result.stats } : {}),
  };
  if (result.status === 'unchanged') return { s: 'u', ...extra };
  if (result.status === 'skipped' && result.passes) return { s: 'k', r: result.reason, p: result.passes, ...extra };
  if (result.status === 'skipped' && result.reason.startsWith('cannot parse')) return { s: 'k', r: result.reason, ...extra };
  if (result.status === 'changed' && result.operation === 'edit') return { s: 'c', p: result.passes, at: result.attribution, ...extra };
  return undefined;
}

/** Rebuilds the result a cached outcome stands for; undefined when a changed file's text is gone. */
export function resultFrom(
  outcome: CachedOutcome,
  file: { readonly path: string; readonly relativePath: string; readonly text: string },
  after: () => string | undefined,
): FileResult | undefined {
  const base = { path: file.path, relativePath: file.relativePath, warnings: outcome.w ?? [], stats: outcome.st ?? {} };
  if (outcome.s === 'u') return { ...base, status: 'unchanged' };
  if (outcome.s === 'k') return { ...base, status: 'skipped', reason: outcome.r, ...(outcome.p ? { passes: outcome.p } : {}) };
  const text = after();
  if (text === undefined) return undefined;
  return { ...base, status: 'changed', operation: 'edit', before: file.text, after: text, passes: outcome.p, attribution: outcome.at };
}

/** Where the new texts of changed files of a run key live. */
export function outputDir(indexFile: string): string {
  return indexFile.replace(/\.json$/, '');
}

export function readOutput(dir: string, key: string): string | undefined {
  try {
    return readFileSync(join(dir, key), 'utf8');
  } catch {
    return undefined;
  }
}

export function storeOutput(dir: string, key: string, text: string): void {
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, key), text);
  } catch {
    // Not stored: the file just runs again next time.
  }
}

export function cacheFile(root: string, key: string): string {
  return resolve(root, CACHE_DIR, `${key}.json`);
}

/** Reads a cache file; a missing or damaged one is an empty cache (the run just goes cold). */
export function loadCacheEntries(file: string): Map<string, CachedOutcome> {
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as { format?: number; entries?: Record<string, CachedOutcome> };
    if (data.format !== FORMAT || typeof data.entries !== 'object' || data.entries === null) return new Map();
    return new Map(Object.entries(data.entries));
  } catch {
    return new Map();
  }
}

function pruneOld(dir: string, keep: string): void {
  const now = Date.now();
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (path === keep || !name.endsWith('.json')) continue;
    try {
      if (now - statSync(path).mtimeMs > MAX_AGE_MS) {
        unlinkSync(path);
        rmSync(outputDir(path), { recursive: true, force: true });
      }
    } catch {
      // Another run removed it first.
    }
  }
}

/** Old entries plus this run's, written atomically (write a sibling, rename over). */
export function saveCacheEntries(root: string, file: string, entries: ReadonlyMap<string, CachedOutcome>): void {
  const dir = dirname(file);
  mkdirSync(dir, { recursive: true });
  ensureStateDir(root);
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify({ format: FORMAT, entries: Object.fromEntries(entries) }));
  renameSync(temporary, file);
  pruneOld(dir, file);
  // Texts of changed files whose entries were dropped.
  const outputs = outputDir(file);
  if (existsSync(outputs)) {
    for (const name of readdirSync(outputs)) if (!entries.has(name)) rmSync(join(outputs, name), { force: true });
  }
}
