import { STOPPED, runWithin, timedOutResult, waitWithin } from './guard.js';
import type { FileResult } from '../core/result.js';
import { loadedProcessFile, loadProcessFile, lookup, outputOf, relativePath, type FileOutput, type Runtime } from './file-runtime.js';

// Files run on this thread with the per-file time limit (`--file-timeout`) kept here, many files to
// one guarded call: V8 can stop this thread's JavaScript only through Node's vm, whose every call
// starts a watchdog thread (~0.15 ms on the 2-core machines). One call per file and pass made the
// guard cost 1 s on the 1M-line corpus (3,401 files: 2.93 s against 1.89 s unguarded); one call for
// all the files that start within BATCH_MS costs nothing measurable (docs/performance.md).
//
// The call's limit is the file limit plus BATCH_MS, and no file starts after BATCH_MS: each file
// gets at least its limit, and one that hangs is stopped within the limit plus BATCH_MS. The
// stopped file fails as `timeout`, naming the pass it was in; the files before it are done, the
// ones after it run in the next call. A pass's promise (a `visit` that returned one) is waited for
// the rest of its file's time after the call (guard.ts waitWithin, as FileGuard.wait does).

/** How long one guarded call starts files for. */
export const BATCH_MS = 100;

/** A file whose passes started in a guarded call: its result once they finish, and where it is. */
interface Started {
  readonly path: string;
  readonly relativeName: string;
  readonly key: string | undefined;
  /** When the file started (performance.now()). */
  readonly at: number;
  readonly pass: { index: number | undefined };
  /** Set when the passes finished: with synchronous passes, within the call. */
  result?: FileResult;
  readonly finished: Promise<FileResult>;
}

/**
 * Runs the files of `paths` from `from` on, as many as start within BATCH_MS (one at least), with
 * `limitMs` for each; their outputs in order. The caller goes on from `from` plus their number.
 * `runtime` carries no time limit of its own (that would be a guarded call per pass).
 */
export async function runGuardedFiles(paths: readonly string[], from: number, runtime: Runtime, limitMs: number): Promise<FileOutput[]> {
  // TypeScript loads for the first file with passes to run: files answered from their bytes or
  // the cache need none (a --check answered from the cache loads no compiler at all).
  const processFile = loadedProcessFile()?.processFile;
  let needsPasses = false;
  const files: (FileOutput | Started)[] = [];
  let running: Pick<Started, 'path' | 'pass'> | undefined;
  const begun = performance.now();
  const stopped = runWithin(limitMs + BATCH_MS, () => {
    for (let at = from; at < paths.length && (at === from || performance.now() - begun < BATCH_MS); at++) {
      const path = paths[at]!;
      const pass = { index: undefined as number | undefined };
      running = { path, pass };
      const startedAt = performance.now();
      const looked = lookup(path, runtime);
      if (looked.kind === 'done') {
        files.push(looked.output);
        continue;
      }
      if (!processFile) {
        // Not started: read again once the passes' module is loaded.
        needsPasses = true;
        break;
      }
      // processFile runs every synchronous pass right here, inside this call: it awaits only a
      // visit that returned a promise.
      const finished = processFile({ path, relativePath: looked.relativeName, text: looked.text }, runtime.passes, {
        maxRounds: runtime.maxRounds,
        verbose: runtime.verbose,
        onPass: (index) => {
          pass.index = index;
        },
      });
      const file: Started = { path, relativeName: looked.relativeName, key: looked.key, at: startedAt, pass, finished };
      void finished.then((result) => {
        file.result = result;
      });
      files.push(file);
    }
    running = undefined;
  });
  if (needsPasses && files.length === 0 && stopped !== STOPPED) {
    await loadProcessFile();
    return runGuardedFiles(paths, from, runtime, limitMs);
  }
  const passId = (index: number | undefined): string | undefined => (index === undefined ? undefined : runtime.passes[index]?.pass.id);
  if (stopped === STOPPED && running) {
    const { path, pass } = running as Pick<Started, 'path' | 'pass'>;
    files.push({ result: timedOutResult(path, relativePath(runtime.root, path), limitMs, passId(pass.index)) });
  }
  // One turn: the results of passes that finished within the call are set.
  await null;
  const outputs: FileOutput[] = [];
  for (const file of files) {
    if (!('finished' in file)) {
      outputs.push(file);
      continue;
    }
    const result = file.result ?? (await waitWithin(file.at + limitMs - performance.now(), file.finished));
    outputs.push(result === STOPPED ? { result: timedOutResult(file.path, file.relativeName, limitMs, passId(file.pass.index)) } : outputOf(result, file.key));
  }
  return outputs;
}
