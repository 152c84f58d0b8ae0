/**
 * A finding: something a check reports at a place in a file without changing it (a security
 * rule, a pass that would change a line, a parse or type error). Plain data: the output formats
 * (text, JSON, SARIF, GitHub annotations) are all fed from it.
 */
export type Severity = 'error' | 'warning' | 'note';

/** Where a finding came from: the kind of check, and the id within it. */
export type FindingSource = 'parse' | 'types' | 'security' | 'pass' | 'rule';

export interface FindingFix {
  /** Replacement of whole lines `startLine`..`endLine` (1-based, inclusive) of the reviewed text. */
  readonly startLine: number;
  readonly endLine: number;
  readonly text: string;
}

export interface Finding {
  /** Relative to the project root, forward slashes. */
  readonly file: string;
  /** 1-based. */
  readonly line: number;
  readonly column: number;
  readonly endLine?: number;
  readonly source: FindingSource;
  /** The rule or pass id (`security/eval`, `var-to-let-const`, `parse`, `TS2322`). */
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
  /** What the pass would write instead, when the finding is a pass's change. */
  readonly fix?: FindingFix;
}

/** Describes a rule for formats that list rules (SARIF's `tool.driver.rules`). */
export interface RuleInfo {
  readonly id: string;
  readonly title: string;
  readonly severity: Severity;
  /** What it flags and why, in sentences. */
  readonly description?: string;
}
