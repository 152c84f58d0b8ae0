import module from 'node:module';
import { isMainThread, workerData } from 'node:worker_threads';
import type { LoadedStep } from '../workspace/steps.js';
import type { CachedOutcome } from './cache.js';
import { loadProcessFile, processPath, processPaths, runtimeFrom, type FileOutput, type Runtime, type StepSpec, type WorkerSetup, type WorkerTask } from './file-runtime.js';
import { SlotWriter } from './watchdog.js';

// piscina's file: each worker thread loads it and runs `task` for every batch. What a worker does
// with a file is file-runtime.ts, which the main thread runs too.

// As in bin/codemorph.cjs: passes (and TypeScript with them) load after this, from the cache on Node >= 22.1.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();

let runtime: Promise<Runtime> | undefined;

/**
 * Built-in passes come straight from the registry; anything else goes through the step loader,
 * which brings in every engine's adapter (jscodeshift's among them), so it is imported only then.
 */
async function loadStep(spec: StepSpec): Promise<LoadedStep> {
  if (!spec.preconditions) {
    const { loadBuiltinPass } = await import('../../transforms/catalog.js');
    const pass = spec.source === spec.passId ? await loadBuiltinPass(spec.source) : undefined;
    if (pass) return { pass, options: spec.options, source: spec.source };
  }
  const { loadStepBySource } = await import('../workspace/steps.js');
  return loadStepBySource(spec);
}

async function createRuntime(setup: WorkerSetup): Promise<Runtime> {
  // Each thread has its own process object and so its own default warning printer.
  if (setup.quietWarnings) process.removeAllListeners('warning');
  const steps: LoadedStep[] = [];
  for (const spec of setup.steps) steps.push(await loadStep(spec));
  // Only keys are needed here: the main thread answers hits and stores outcomes.
  return runtimeFrom(setup, steps, setup.cache ? { entries: new Map<string, CachedOutcome>(), outputs: '' } : undefined);
}

/**
 * A pool's thread loads the passes and TypeScript as soon as it starts, not on its first batch:
 * a pool started before discovery (src/runner/prestart.ts prestartPool) is ready when the files are.
 * A failure to load is the first batch's to report.
 */
function warmUp(setup: WorkerSetup): void {
  runtime ??= createRuntime(setup);
  loadProcessFile().catch(() => undefined);
  runtime.catch(() => undefined);
}

if (!isMainThread && Array.isArray((workerData as Partial<WorkerSetup> | undefined)?.steps)) warmUp(workerData as WorkerSetup);

/** The piscina task: a batch of absolute paths in, plain-data results out (in the same order). */
export default async function task({ paths, slot, files }: WorkerTask): Promise<FileOutput[]> {
  const setup = workerData as WorkerSetup;
  warmUp(setup);
  const loaded = await runtime!;
  if (slot === undefined || !setup.watch) return processPaths(paths, loaded, files);
  // Loaded before any file's clock starts: loading TypeScript is no file's time.
  await loadProcessFile();
  const writer = new SlotWriter(setup.watch, slot);
  const out: FileOutput[] = [];
  for (const [index, path] of paths.entries()) {
    writer.fileStarted(index);
    out.push(await processPath(path, loaded, (pass) => writer.passStarted(pass), files?.[index]));
  }
  writer.idle();
  return out;
}
