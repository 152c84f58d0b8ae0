import type { FileResult } from '../core/result.js';
import { diffFile } from './diff.js';
import type { Reporter, Sink } from './reporter.js';
import type { RunSummary } from './summary.js';

export const JSON_REPORT_VERSION = 1;

/** The JSON shape of one file: unchanged files appear only when they carry warnings. */
export function fileToJson(result: FileResult, displayPath: (absolute: string) => string): Record<string, unknown> {
  const base: Record<string, unknown> = { path: displayPath(result.path), status: result.status };
  if (result.status === 'changed') {
    const diff = diffFile(result, displayPath);
    base.operation = result.operation;
    if (result.previousPath) base.previousPath = displayPath(result.previousPath);
    base.passes = result.passes;
    base.hunks = diff.hunks;
  } else if (result.status === 'skipped') {
    base.reason = result.reason;
    if (result.passes) base.passes = result.passes;
  } else if (result.status === 'failed') {
    base.error = result.error;
  }
  if (result.warnings.length > 0) base.warnings = result.warnings;
  if (Object.keys(result.stats).length > 0) base.stats = result.stats;
  return base;
}

/** Collects results and prints one JSON document at the end (stdout stays machine-readable). */
export function createJsonReporter(out: Sink, displayPath: (absolute: string) => string, extra: () => Record<string, unknown> = () => ({})): Reporter {
  const files: Record<string, unknown>[] = [];
  return {
    file(result) {
      if (result.status === 'unchanged' && result.warnings.length === 0) return;
      files.push(fileToJson(result, displayPath));
    },
    end(summary: RunSummary) {
      out(`${JSON.stringify({ version: JSON_REPORT_VERSION, summary, files, ...extra() }, null, 2)}\n`);
    },
  };
}
