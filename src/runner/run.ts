import { relative } from 'node:path';
import type { FilePass } from '../core/pass.js';
import type { FileResult } from '../core/result.js';
import type { LoadedStep } from '../workspace/steps.js';
import { readSource, DEFAULT_MAX_FILE_SIZE } from '../workspace/read.js';
import { processFile } from './process-file.js';
import { runProject } from './project-run.js';

export interface RunOptions {
  /** Project root: relative paths in results, and the confinement boundary. */
  readonly root: string;
  readonly files: readonly string[];
  readonly steps: readonly LoadedStep[];
  readonly maxRounds?: number;
  readonly maxFileSize?: number;
  readonly verbose?: boolean;
  /** tsconfig for passes that need types (default: nearest to the root). */
  readonly tsconfig?: string;
  /** Called as each file finishes (progress). */
  readonly onFile?: (result: FileResult, done: number, total: number) => void;
}

export function relativePath(root: string, path: string): string {
  return relative(root, path).split('\\').join('/');
}

/** True when some pass needs the type checker or works across files. */
export function needsProject(steps: readonly LoadedStep[]): boolean {
  return steps.some((step) => step.pass.needs === 'types'); // project passes always need types
}

/**
 * Runs the steps over the files and yields one result per file as it finishes (changed,
 * unchanged, skipped or failed). Syntax-only runs stream one file at a time, so memory stays
 * bounded; runs with type-aware passes load a ts-morph Project once.
 */
export async function* run(options: RunOptions): AsyncGenerator<FileResult> {
  if (needsProject(options.steps)) {
    yield* runProject(options);
    return;
  }
  const passes = options.steps.map((step) => ({ pass: step.pass as FilePass, options: step.options }));
  const total = options.files.length;
  let done = 0;
  for (const path of options.files) {
    const result = await runOneFile(path, options, passes);
    done++;
    options.onFile?.(result, done, total);
    yield result;
  }
}

async function runOneFile(
  path: string,
  options: RunOptions,
  passes: readonly { pass: FilePass; options: Record<string, unknown> }[],
): Promise<FileResult> {
  const relativeName = relativePath(options.root, path);
  const read = await readSource(path, options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE);
  if (read.kind === 'skip') {
    return { path, relativePath: relativeName, status: 'skipped', reason: read.reason, warnings: [], stats: {} };
  }
  return processFile({ path, relativePath: relativeName, text: read.text }, passes, {
    maxRounds: options.maxRounds,
    verbose: options.verbose,
  });
}
