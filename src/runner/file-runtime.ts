import { relative, resolve, sep } from 'node:path';
import type { OptionValues } from '../core/options.js';
import type { FilePass } from '../core/pass.js';
import type { Precondition } from '../core/recipe.js';
import type { FileResult } from '../core/result.js';
import { bytesPrefilter } from '../core/byte-prefilter.js';
import { readSourceSync, DEFAULT_MAX_FILE_SIZE } from '../workspace/read.js';
import type { LoadedStep } from '../workspace/steps.js';
import { prefetchTypeScript } from '../core/typescript-file.cjs';
import { fileKey, outcomeOf, readOutput, resultFrom, type CachedOutcome } from './cache.js';
import type { ResolvedFilePass } from './process-file.js';
import type { WatchSetup } from './watchdog.js';

// What a thread that runs files does with one: read it, answer it from the pre-filters or the
// cache, or run the passes. The main thread (in-process runs, and beside workers) and every worker
// (worker.ts, piscina's file) run this; worker.ts itself is loaded in workers only, so the main
// thread never loads node:worker_threads (~4 ms of a one-file check).

/** A step as plain data: what a worker needs to load the pass again. */
export interface StepSpec {
  readonly source: string;
  readonly passId: string;
  readonly options: OptionValues;
  readonly preconditions?: readonly Precondition[];
}

/** Everything a worker needs for a run, sent once as `workerData`. */
export interface WorkerSetup {
  readonly root: string;
  readonly steps: readonly StepSpec[];
  readonly maxRounds?: number;
  readonly maxFileSize?: number;
  readonly verbose?: boolean;
  /** Whether to compute cache keys. The main thread answers hits and stores the new outcomes. */
  readonly cache: boolean;
  /** Where to say which file and pass each batch is in, when a file time limit is watched. */
  readonly watch?: WatchSetup;
  /** The main thread prints no Node warnings (the CLI without --verbose): neither do workers. */
  readonly quietWarnings?: boolean;
}

/** One piscina task: a batch of absolute paths, and its watchdog slot when watched. */
export interface WorkerTask {
  readonly paths: readonly string[];
  readonly slot?: number;
  /** The files as the main thread read them (same order as `paths`): the worker does not read them again. */
  readonly files?: readonly (ReadFile | undefined)[];
}

/** A file read, its passes still to run: what `lookup` found to be work. */
export interface ReadFile {
  readonly relativeName: string;
  readonly text: string;
  readonly key?: string;
}

/** One file's outcome, plus the cache key when the outcome is new and worth storing. */
export interface FileOutput {
  readonly result: FileResult;
  readonly cacheKey?: string;
  readonly cacheHit?: boolean;
}

export interface Runtime {
  readonly root: string;
  readonly passes: readonly ResolvedFilePass[];
  readonly maxRounds?: number;
  readonly maxFileSize: number;
  readonly verbose: boolean;
  readonly cache?: ReadonlyMap<string, CachedOutcome>;
  /** Folder of the cached texts of changed files. */
  readonly cacheOutputs?: string;
  /** The passes' pre-filters asked of a file's bytes (src/core/byte-prefilter.ts); unset with a cache, whose keys need the text. */
  readonly mayMatch?: (bytes: Buffer) => boolean;
}

export function stepSpec(step: LoadedStep): StepSpec {
  return {
    source: step.source,
    passId: step.pass.id,
    options: step.options,
    ...(step.preconditions ? { preconditions: step.preconditions } : {}),
  };
}

export function runtimeFrom(
  setup: WorkerSetup,
  steps: readonly LoadedStep[],
  cache?: { readonly entries: ReadonlyMap<string, CachedOutcome>; readonly outputs: string },
): Runtime {
  const passes = steps.map((step) => ({ pass: step.pass as FilePass, options: step.options }));
  const mayMatch = cache || setup.cache ? undefined : bytesPrefilter(passes.map(({ pass }) => pass));
  return {
    root: setup.root,
    passes,
    maxRounds: setup.maxRounds,
    maxFileSize: setup.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
    verbose: setup.verbose ?? false,
    ...(cache ? { cache: cache.entries, cacheOutputs: cache.outputs } : {}),
    ...(mayMatch ? { mayMatch } : {}),
  };
}

/** A segment `.` or `..`, or an empty one: a path that `relative` would normalize. */
const UNNORMALIZED = /(^|[\\/])\.{0,2}([\\/]|$)/;

/**
 * `path` relative to `root`, with `/` between segments. A path under the root as discovery gives
 * it (absolute, normalized) is cut after the root's prefix: `path.relative` resolves both paths
 * first, ~10-30 µs per file (1M lines: 3,401 files, up to 0.1 s), for the same answer.
 */
export function relativePath(root: string, path: string): string {
  const rest = path.length > root.length + 1 && path.startsWith(root) && path[root.length] === sep ? path.slice(root.length + 1) : undefined;
  if (rest !== undefined && !UNNORMALIZED.test(rest) && isNormalRoot(root)) return sep === '/' ? rest : rest.split(sep).join('/');
  return relative(root, path).split('\\').join('/');
}

let normalRoot: string | undefined;
/** Whether the root is absolute and normalized (no trailing separator): checked once per root. */
function isNormalRoot(root: string): boolean {
  if (root === normalRoot) return true;
  if (resolve(root) !== root || root.endsWith(sep)) return false;
  normalRoot = root;
  return true;
}

type Lookup = { readonly kind: 'done'; readonly output: FileOutput } | ({ readonly kind: 'work' } & ReadFile);

/** Reads a file and answers it without running passes where it can: unreadable, turned away from its bytes by the pre-filters, or a cache hit. */
export function lookup(path: string, runtime: Omit<Runtime, 'passes'>): Lookup {
  const relativeName = relativePath(runtime.root, path);
  const read = readSourceSync(path, runtime.maxFileSize, { mayMatch: runtime.mayMatch });
  if (read.kind === 'filtered') return { kind: 'done', output: { result: untouchedResult(path, relativeName) } };
  if (read.kind === 'skip') {
    const result: FileResult = { path, relativePath: relativeName, status: 'skipped', reason: read.reason, warnings: [], stats: {} };
    return { kind: 'done', output: { result } };
  }
  const key = runtime.cache ? fileKey(relativeName, read.text) : undefined;
  const hit = key === undefined ? undefined : runtime.cache?.get(key);
  const file = { path, relativePath: relativeName, text: read.text };
  const cached = hit && key !== undefined
    ? resultFrom(hit, file, () => (runtime.cacheOutputs ? readOutput(runtime.cacheOutputs, key) : undefined))
    : undefined;
  if (cached) return { kind: 'done', output: { result: cached, cacheKey: key, cacheHit: true } };
  return { kind: 'work', relativeName, text: read.text, key };
}

/** The result of a file no pass's pre-filter lets through, as processFile gives it (nothing parsed). */
export function untouchedResult(path: string, relativeName: string): FileResult {
  return { path, relativePath: relativeName, status: 'unchanged', warnings: [], stats: {} };
}

// Loaded on first use: the main thread of a pooled or fully cached run never needs TypeScript
// (about 80 MB and a third of a second per thread). Its files are read on the thread pool first
// (a run that parses here started that before discovery: src/runner/prestart.ts prestartPool).
let processFileModule: Promise<typeof import('./process-file.js')> | undefined;
let processFileLoaded: typeof import('./process-file.js') | undefined;
export const loadProcessFile = (): Promise<typeof import('./process-file.js')> =>
  (processFileModule ??= prefetchTypeScript()
    .then(() => import('./process-file.js'))
    .then((module) => (processFileLoaded = module)));
/** The module, once loadProcessFile has loaded it. */
export const loadedProcessFile = (): typeof import('./process-file.js') | undefined => processFileLoaded;

/** Reads, consults the cache, runs the passes: one file, never throws. */
export async function processPath(path: string, runtime: Runtime, onPass?: (index: number) => void, read?: ReadFile): Promise<FileOutput> {
  const looked = read ? undefined : lookup(path, runtime);
  if (looked?.kind === 'done') return looked.output;
  const found: ReadFile = read ?? (looked as ReadFile);
  const { processFile } = await loadProcessFile();
  const result = await processFile({ path, relativePath: found.relativeName, text: found.text }, runtime.passes, {
    maxRounds: runtime.maxRounds,
    verbose: runtime.verbose,
    onPass,
  });
  return outputOf(result, found.key);
}

/** A file's output: its result, and the cache key under which to store it when it is one to keep. */
export function outputOf(result: FileResult, key: string | undefined): FileOutput {
  return key !== undefined && outcomeOf(result) ? { result, cacheKey: key } : { result };
}

export async function processPaths(paths: readonly string[], runtime: Runtime, files?: readonly (ReadFile | undefined)[]): Promise<FileOutput[]> {
  const out: FileOutput[] = [];
  for (const [index, path] of paths.entries()) out.push(await processPath(path, runtime, undefined, files?.[index]));
  return out;
}
