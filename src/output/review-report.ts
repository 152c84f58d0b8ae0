import type { Finding } from '../core/finding.js';
import type { ReviewReport } from '../review/review.js';

export const REVIEW_JSON_VERSION = 1;

/** One finding as a line: `src/a.ts:3:5: error: message [security/eval]`. */
export function formatFinding(finding: Finding): string {
  return `${finding.file}:${finding.line}:${finding.column}: ${finding.severity}: ${finding.message} [${finding.ruleId}]`;
}

/** The text report: hunks that do not apply, failed passes, then findings file by file. */
export function formatReviewText(report: ReviewReport, findings: readonly Finding[]): string {
  const lines: string[] = [];
  for (const problem of report.problems) {
    const hunk = problem.hunk === undefined ? '' : ` hunk ${problem.hunk + 1} (${problem.header})`;
    lines.push(`${problem.file}:${hunk} does not apply: ${problem.message}`);
  }
  for (const error of report.errors) lines.push(`${error.file}: ${error.passId ? `${error.passId}: ` : ''}${error.message}`);
  for (const finding of findings) lines.push(formatFinding(finding));
  for (const note of report.notes) lines.push(`note: ${note}`);
  return lines.map((line) => `${line}\n`).join('');
}

/** `--json`: one document, per file and per hunk, each finding with its rule or pass, line and message. */
export function reviewToJson(report: ReviewReport, exitCode: number): Record<string, unknown> {
  const count = (findings: readonly Finding[]): number => findings.length;
  const total = report.files.reduce((sum, file) => sum + count(file.findings) + file.hunks.reduce((s, hunk) => s + count(hunk.findings), 0), 0) + count(report.elsewhere);
  return {
    version: REVIEW_JSON_VERSION,
    applies: report.applies,
    exitCode,
    summary: { files: report.files.length, hunks: report.files.reduce((sum, file) => sum + file.hunks.length, 0), findings: total, problems: report.problems.length, errors: report.errors.length },
    problems: report.problems,
    errors: report.errors,
    notes: report.notes,
    files: report.files.map((file) => ({
      path: file.path,
      ...(file.previousPath ? { previousPath: file.previousPath } : {}),
      operation: file.operation,
      binary: file.binary,
      hunks: file.hunks.map((hunk) => ({ index: hunk.index, header: hunk.header, newStart: hunk.newStart, newLines: hunk.newLines, added: hunk.added, findings: hunk.findings })),
      findings: file.findings,
    })),
    elsewhere: report.elsewhere,
  };
}
