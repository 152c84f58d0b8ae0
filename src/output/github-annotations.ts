import type { Finding, Severity } from '../core/finding.js';

/** GitHub Actions has no "note" annotation level of its own name: `notice` is it. */
const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', note: 'notice' };

/** Escaping as the Actions runner reads workflow commands (toolkit's `issueCommand`). */
const escapeData = (text: string): string => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string): string => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** One workflow command per finding (`::warning file=…,line=…::message`): GitHub shows them inline on the pull request. */
export function toGithubAnnotations(findings: readonly Finding[]): string {
  return findings
    .map((finding) => {
      const properties = [
        `file=${escapeProperty(finding.file)}`,
        `line=${finding.line}`,
        ...(finding.endLine && finding.endLine > finding.line ? [`endLine=${finding.endLine}`] : [`col=${finding.column}`]),
        `title=${escapeProperty(finding.ruleId)}`,
      ];
      return `::${COMMAND[finding.severity]} ${properties.join(',')}::${escapeData(finding.message)}\n`;
    })
    .join('');
}
