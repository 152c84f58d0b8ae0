import type { FileResult } from '../../core/result.js';
import type { Reporter } from '../../output/reporter.js';
import type { RunSummary } from '../../output/summary.js';

/** jscodeshift's four counters, from codemorph's results. */
export interface JscodeshiftCounts {
  errors: number;
  unmodified: number;
  skipped: number;
  ok: number;
}

export interface JscodeshiftReportOptions {
  readonly out: (text: string) => void;
  readonly show: (absolute: string) => string;
  readonly verbose: number;
  readonly print: boolean;
  readonly silent: boolean;
  readonly dry: boolean;
  readonly started: number;
}

function errorText(result: Extract<FileResult, { status: 'failed' }>): string {
  if (result.error.kind === 'pass-threw') return `Transformation error (${result.error.message})`;
  return `${result.error.passId ? `${result.error.passId}: ` : ''}${result.error.message}`;
}

/**
 * Prints what jscodeshift's runner prints, on stdout: ` ERR`/` NOC`/` SKIP`/` OKK` lines by
 * verbosity, ` REP` lines for `api.report`, the output with --print, then the summary
 * (`N errors`, `N unmodified`, `N skipped`, `N ok`, `Stats:` in dry runs, `Time elapsed`).
 * Mapping: changed → ok, unchanged → unmodified, declined (transform returned null) → skipped,
 * failed or never run (unreadable) → errors.
 */
export function createJscodeshiftReporter(options: JscodeshiftReportOptions): Reporter & { counts(): JscodeshiftCounts } {
  const { out, show, verbose } = options;
  let unreadable = 0;
  let last: JscodeshiftCounts = { errors: 0, unmodified: 0, skipped: 0, ok: 0 };
  return {
    file(result) {
      const path = show(result.path);
      for (const warning of result.warnings) out(` REP ${path} ${warning.message}\n`);
      if (result.status === 'changed') {
        if (options.print) out(`${result.after}\n`);
        if (verbose >= 2) out(` OKK ${path}\n`);
      } else if (result.status === 'unchanged') {
        if (verbose >= 1) out(` NOC ${path}\n`);
      } else if (result.status === 'skipped' && result.passes) {
        if (verbose >= 1) out(` SKIP ${path}\n`);
      } else if (result.status === 'skipped') {
        unreadable++;
        out(` ERR ${path} File error: ${result.reason}\n`);
      } else {
        out(` ERR ${path} ${errorText(result)}\n`);
      }
    },
    end(summary: RunSummary) {
      last = {
        errors: summary.failed + unreadable,
        unmodified: summary.unchanged,
        skipped: summary.skipped - unreadable,
        ok: summary.changed,
      };
      if (options.silent) return;
      out('All done. \n');
      out(`Results: \n${last.errors} errors\n${last.unmodified} unmodified\n${last.skipped} skipped\n${last.ok} ok\n`);
      const stats = Object.keys(summary.stats).sort();
      // As jscodeshift: api.stats counts only in dry runs.
      if (options.dry && stats.length > 0) {
        out('Stats: \n');
        for (const name of stats) out(`${name}: ${summary.stats[name]}\n`);
      }
      out(`Time elapsed: ${((performance.now() - options.started) / 1000).toFixed(3)}seconds \n`);
    },
    counts: () => last,
  };
}
