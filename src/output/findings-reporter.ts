import type { Finding, RuleInfo } from '../core/finding.js';
import { codemorphVersion } from '../workspace/own-version.js';
import { resultFindings } from './change-findings.js';
import { toGithubAnnotations } from './github-annotations.js';
import type { Reporter, Sink } from './reporter.js';
import { toSarif } from './sarif.js';

export type FindingsFormat = 'sarif' | 'github';

export interface FindingsReporterOptions {
  readonly format: FindingsFormat;
  readonly out: Sink;
  /** The project root: SARIF's %SRCROOT%; paths are shown relative to it. */
  readonly root: string;
  readonly relativePath: (absolute: string) => string;
  /** The passes of the run, listed as SARIF rules. */
  readonly rules: readonly RuleInfo[];
}

/** codemorph's version, for SARIF's tool.driver. */
export function toolVersion(): string {
  return codemorphVersion();
}

/**
 * `run --check --format sarif|github`: each hunk that would change is a finding of the pass that
 * makes it (with the hunk as a fix in SARIF), each failure an error, each pass warning a note.
 * GitHub annotations stream as files finish; SARIF is one document at the end.
 */
export function createFindingsReporter(options: FindingsReporterOptions): Reporter {
  const findings: Finding[] = [];
  return {
    file(result) {
      const found = resultFindings(result, options.relativePath(result.path));
      if (options.format === 'github') options.out(toGithubAnnotations(found));
      else findings.push(...found);
    },
    end() {
      if (options.format === 'sarif') options.out(`${JSON.stringify(toSarif(findings, { toolVersion: toolVersion(), root: options.root, rules: options.rules }), null, 2)}\n`);
    },
  };
}
