import type { FileResult, FileStatus, Stats } from '../core/result.js';

export interface RunSummary {
  scanned: number;
  changed: number;
  unchanged: number;
  skipped: number;
  failed: number;
  warnings: number;
  stats: Stats;
  /** Lines added + removed, by pass id (approximate for hunks shared by several passes). */
  passes: Record<string, number>;
  durationMs: number;
}

export function emptySummary(): RunSummary {
  return { scanned: 0, changed: 0, unchanged: 0, skipped: 0, failed: 0, warnings: 0, stats: {}, passes: {}, durationMs: 0 };
}

const KEYS: Record<FileStatus, 'changed' | 'unchanged' | 'skipped' | 'failed'> = {
  changed: 'changed',
  unchanged: 'unchanged',
  skipped: 'skipped',
  failed: 'failed',
};

/** Adds one file's result to the running totals. */
export function addToSummary(summary: RunSummary, result: FileResult): void {
  summary.scanned++;
  summary[KEYS[result.status]]++;
  summary.warnings += result.warnings.length;
  for (const [name, value] of Object.entries(result.stats)) summary.stats[name] = (summary.stats[name] ?? 0) + value;
  if (result.status === 'changed') {
    for (const passId of result.passes) summary.passes[passId] = (summary.passes[passId] ?? 0) + 1;
  }
}

export function formatDuration(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)}ms` : `${(ms / 1000).toFixed(2)}s`;
}

/** The one-line summary printed on stderr at the end of a run. */
export function formatSummary(summary: RunSummary, { write }: { write: boolean }): string {
  const verb = write ? 'changed' : 'would change';
  const parts = [
    `${summary.scanned} file${summary.scanned === 1 ? '' : 's'} scanned`,
    `${summary.changed} ${verb}`,
    `${summary.unchanged} unchanged`,
    `${summary.skipped} skipped`,
    `${summary.failed} failed`,
  ];
  if (summary.warnings > 0) parts.push(`${summary.warnings} warning${summary.warnings === 1 ? '' : 's'}`);
  let line = `codemorph: ${parts.join(', ')} in ${formatDuration(summary.durationMs)}`;
  const stats = Object.entries(summary.stats);
  if (stats.length > 0) line += `\nstats: ${stats.map(([name, value]) => `${name}=${value}`).join(', ')}`;
  return line;
}
