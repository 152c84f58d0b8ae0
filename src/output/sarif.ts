import { pathToFileURL } from 'node:url';
import type { Log, ReportingDescriptor, Result } from 'sarif';
import type { Finding, RuleInfo, Severity } from '../core/finding.js';

export interface SarifOptions {
  readonly toolVersion: string;
  /** The project root: `%SRCROOT%`, against which every result's relative path resolves. */
  readonly root: string;
  /** Rules known up front (with titles and default levels); ids only seen in findings are added. */
  readonly rules: readonly RuleInfo[];
}

const LEVEL: Record<Severity, Result.level> = { error: 'error', warning: 'warning', note: 'note' };

/** A finding's path as a URI reference relative to %SRCROOT% (each segment escaped). */
const uriOf = (file: string): string => file.split('/').map(encodeURIComponent).join('/');

/**
 * Findings as one SARIF 2.1.0 log (what GitHub code scanning and other viewers read). A finding
 * with a fix (a pass's change) carries it as a SARIF fix replacing whole lines.
 */
export function toSarif(findings: readonly Finding[], options: SarifOptions): Log {
  const rules: ReportingDescriptor[] = [];
  const index = new Map<string, number>();
  const addRule = (rule: RuleInfo): void => {
    if (index.has(rule.id)) return;
    index.set(rule.id, rules.length);
    rules.push({
      id: rule.id,
      shortDescription: { text: rule.title },
      defaultConfiguration: { level: LEVEL[rule.severity] },
      ...(rule.description ? { fullDescription: { text: rule.description } } : {}),
    });
  };
  for (const rule of options.rules) addRule(rule);
  for (const finding of findings) addRule({ id: finding.ruleId, title: finding.ruleId, severity: finding.severity });
  const results = findings.map((finding): Result => {
    const artifactLocation = { uri: uriOf(finding.file), uriBaseId: '%SRCROOT%' };
    return {
      ruleId: finding.ruleId,
      ruleIndex: index.get(finding.ruleId)!,
      level: LEVEL[finding.severity],
      message: { text: finding.message },
      locations: [{
        physicalLocation: {
          artifactLocation,
          region: { startLine: finding.line, startColumn: finding.column, ...(finding.endLine && finding.endLine > finding.line ? { endLine: finding.endLine } : {}) },
        },
      }],
      ...(finding.fix
        ? {
            fixes: [{
              description: { text: `apply ${finding.ruleId}` },
              artifactChanges: [{
                artifactLocation,
                // Whole lines, their line breaks included: from column 1 of the first to column 1 after the last.
                replacements: [{ deletedRegion: { startLine: finding.fix.startLine, startColumn: 1, endLine: finding.fix.endLine + 1, endColumn: 1 }, insertedContent: { text: finding.fix.text } }],
              }],
            }],
          }
        : {}),
    };
  });
  const root = pathToFileURL(options.root).href;
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'codemorph', version: options.toolVersion, rules } },
      originalUriBaseIds: { '%SRCROOT%': { uri: root.endsWith('/') ? root : `${root}/` } },
      results,
    }],
  };
}
