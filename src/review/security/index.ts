import { parseSource, type ts } from '../../core/parse.js';
import type { Finding } from '../../core/finding.js';
import { moduleBindings } from './bindings.js';
import { childProcessExecRule, evalRule } from './code-execution.js';
import { hardcodedCredentialRule } from './credentials.js';
import { weakPasswordHashRule } from './crypto.js';
import { deprecatedNodeApiRule } from './deprecated-node.js';
import { domXssRule } from './dom.js';
import { insecureRandomRule } from './randomness.js';
import type { SecurityRule } from './rule.js';
import { sqlInjectionRule } from './sql.js';
import { tlsVerificationOffRule } from './tls.js';

export type { SecurityRule } from './rule.js';

/** The built-in `security` rule set, on by default in `codemorph review`. */
export const securityRules: readonly SecurityRule[] = [
  evalRule,
  childProcessExecRule,
  domXssRule,
  tlsVerificationOffRule,
  insecureRandomRule,
  weakPasswordHashRule,
  sqlInjectionRule,
  hardcodedCredentialRule,
  deprecatedNodeApiRule,
];

/**
 * Runs rules over one parsed file. `file` is the path findings name (relative to the root).
 * Findings come sorted by line.
 */
export function securityFindingsIn(sourceFile: ts.SourceFile, file: string, rules: readonly SecurityRule[] = securityRules): Finding[] {
  const context = { sourceFile, bindings: moduleBindings(sourceFile) };
  const findings: Finding[] = [];
  for (const rule of rules) {
    for (const hit of rule.check(context)) {
      const start = sourceFile.getLineAndCharacterOfPosition(hit.node.getStart(sourceFile));
      const end = sourceFile.getLineAndCharacterOfPosition(hit.node.getEnd());
      findings.push({ file, line: start.line + 1, column: start.character + 1, endLine: end.line + 1, source: 'security', ruleId: rule.id, severity: rule.severity, message: hit.message });
    }
  }
  return findings.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** The same over a text; `path` decides the parser (by extension). */
export function securityFindings(path: string, file: string, text: string, rules: readonly SecurityRule[] = securityRules): Finding[] {
  return securityFindingsIn(parseSource(path, text), file, rules);
}
