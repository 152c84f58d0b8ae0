import type { Finding } from '../core/finding.js';
import type { Match } from '../engines/patterns/index.js';
import type { FindingsFormat } from '../output/findings-reporter.js';
import type { CliIO } from './io.js';

/** Each search match as a finding of the rule `search` (paths as shown: relative to the current directory). */
export function matchFindings(matches: readonly Match[], pattern: string): Finding[] {
  return matches.map((match) => ({
    file: match.path,
    line: match.line,
    column: match.column,
    source: 'rule',
    ruleId: 'search',
    severity: 'warning',
    message: `matches \`${pattern}\`: ${match.text.split('\n')[0]}`,
  }));
}

export async function printFindings(io: CliIO, format: FindingsFormat, findings: readonly Finding[]): Promise<void> {
  if (format === 'github') {
    const { toGithubAnnotations } = await import('../output/github-annotations.js');
    io.stdout(toGithubAnnotations(findings));
    return;
  }
  const [{ toSarif }, { toolVersion }] = await Promise.all([import('../output/sarif.js'), import('../output/findings-reporter.js')]);
  const rules = [{ id: 'search', title: 'Code matching a search pattern', severity: 'warning' as const }];
  io.stdout(`${JSON.stringify(toSarif(findings, { toolVersion: toolVersion(), root: io.cwd, rules }), null, 2)}\n`);
}
