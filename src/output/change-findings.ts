import type { Finding } from '../core/finding.js';
import type { ChangedFile, FileResult } from '../core/result.js';
import { diffFile } from './diff.js';

/**
 * Says whether a hunk over old lines `first`..`last` is reported, and on which line: undefined
 * drops it. The default reports every hunk at its first line.
 */
export type HunkFilter = (first: number, last: number) => number | undefined;

const clip = (text: string): string => (text.length > 80 ? `${text.slice(0, 77)}...` : text);

/**
 * A change as findings, one per hunk and pass, located in the text the passes read (the "old"
 * side): what CI shows inline for `run --check` and `review --recipe`. Each carries the hunk as a
 * whole-line fix.
 */
export function changeFindings(result: ChangedFile, file: string, keep: HunkFilter = (first) => Math.max(first, 1)): Finding[] {
  const diff = diffFile(result, () => file, 0);
  const findings: Finding[] = [];
  for (const hunk of diff.hunks) {
    // A pure insertion (oldLines 0) sits between two lines; both are its neighbours.
    const first = hunk.oldLines === 0 ? hunk.oldStart - 1 : hunk.oldStart;
    const last = hunk.oldLines === 0 ? hunk.oldStart : hunk.oldStart + hunk.oldLines - 1;
    const line = keep(first, last);
    if (line === undefined) continue;
    const removed = hunk.lines.filter((l) => l[0] === '-');
    const inserted = hunk.lines.filter((l) => l[0] === '+').map((l) => l.slice(1));
    const shown = clip(inserted[0]?.trim() ?? '');
    const what = removed.length === 0 ? `would insert \`${shown}\`` : inserted.length === 0 ? `would remove ${removed.length} line(s)` : `would rewrite this to \`${shown}\``;
    for (const passId of hunk.passes) {
      findings.push({
        file,
        line,
        column: 1,
        endLine: Math.max(line, last),
        source: 'pass',
        ruleId: passId,
        severity: 'warning',
        message: `${passId} ${what}`,
        ...(hunk.oldLines > 0 ? { fix: { startLine: hunk.oldStart, endLine: last, text: inserted.map((l) => `${l}\n`).join('') } } : {}),
      });
    }
  }
  return findings;
}

/** Everything a run's result says, as findings: changes (warnings), failures (errors), pass warnings (notes). */
export function resultFindings(result: FileResult, file: string): Finding[] {
  const findings: Finding[] = result.status === 'changed' ? changeFindings(result, file) : [];
  if (result.status === 'failed') {
    findings.push({ file, line: 1, column: 1, source: 'pass', ruleId: result.error.passId ?? 'codemorph', severity: 'error', message: result.error.message });
  }
  for (const warning of result.warnings) {
    findings.push({ file, line: warning.line ?? 1, column: warning.column ?? 1, source: 'pass', ruleId: warning.passId, severity: 'note', message: warning.message });
  }
  return findings;
}
