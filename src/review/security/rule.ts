import type { ts } from '../../core/parse.js';
import type { RuleInfo, Severity } from '../../core/finding.js';
import type { ModuleBindings } from './bindings.js';

/** What a security rule sees: one parsed file, and which names its imports and requires bind. */
export interface SecurityContext {
  readonly sourceFile: ts.SourceFile;
  readonly bindings: ModuleBindings;
}

export interface SecurityHit {
  readonly node: ts.Node;
  readonly message: string;
}

/**
 * One rule of the built-in `security` set. Rules read syntax plus import/require bindings only
 * (no type checker): cheap enough to run on every patch, and precise where it matters (`exec` is
 * flagged only when it is child_process's).
 */
export interface SecurityRule extends RuleInfo {
  /** `security/<name>`. */
  readonly id: string;
  readonly title: string;
  readonly severity: Severity;
  /** What it flags and why, in sentences (SARIF `fullDescription`). */
  readonly description: string;
  check(context: SecurityContext): SecurityHit[];
}

export function defineSecurityRule(rule: SecurityRule): SecurityRule {
  if (!/^security\/[a-z0-9-]+$/.test(rule.id)) throw new Error(`security rule id "${rule.id}" must be security/<kebab-case>`);
  return Object.freeze({ ...rule });
}
