import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../../../test/cli-helpers.js';
import { securityFindings, securityRules } from './index.js';

const FIXTURES = join(REPO, '__testfixtures__/review/security');

/** `// ruleid: X` says the next line must be flagged by X (semgrep's fixture convention). */
function expectedIn(text: string): string[] {
  const lines = text.split('\n');
  const expected: string[] = [];
  lines.forEach((line, index) => {
    const match = /\/\/ ruleid: (security\/[a-z-]+)/.exec(line);
    if (match) expected.push(`${index + 2} ${match[1]}`);
  });
  return expected;
}

describe('security rules', () => {
  const files = readdirSync(FIXTURES).filter((name) => name.endsWith('.ts'));

  it('documents every rule in docs/review.md with its severity and a before/after example', () => {
    const doc = readFileSync(join(REPO, 'docs/review.md'), 'utf8');
    const missing = securityRules.filter((rule) => {
      const section = doc.split(`\n### ${rule.id}\n`)[1]?.split('\n### ')[0] ?? '';
      return !section.includes(`Severity **${rule.severity}**`) || !section.includes('Before (flagged):') || !section.includes('After:');
    });
    expect(missing.map((rule) => rule.id)).toEqual([]);
  });

  it('has a fixture for every rule', () => {
    expect(files.map((name) => `security/${name.replace(/\.ts$/, '')}`).sort()).toEqual(securityRules.map((rule) => rule.id).sort());
  });

  for (const name of files) {
    it(`flags exactly the marked lines of ${name}`, () => {
      const text = readFileSync(join(FIXTURES, name), 'utf8');
      const found = securityFindings(name, name, text).map((finding) => `${finding.line} ${finding.ruleId}`);
      expect(found).toEqual(expectedIn(text));
    });
  }

  it('sees child_process through every way of importing it, and nothing else named exec', () => {
    const check = (text: string): number => securityFindings('a.js', 'a.js', text).filter((f) => f.ruleId === 'security/child-process-exec').length;
    expect(check("const exec = require('child_process').exec; exec(`ls ${d}`);")).toBe(1);
    expect(check("require('child_process').exec('ls ' + d);")).toBe(1);
    expect(check("import cp = require('child_process'); cp.exec(`ls ${d}`);")).toBe(1);
    expect(check('const exec = (s) => s; exec(`ls ${d}`);')).toBe(0);
  });
});
