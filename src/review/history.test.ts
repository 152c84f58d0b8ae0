import { mkdtempSync, cpSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../../test/cli-helpers.js';
import { formatFinding } from '../output/review-report.js';
import { allFindings, reviewExitCode, reviewPatch } from './review.js';
import { securityRules } from './security/index.js';

/** Real commits of jscodeshift (MIT): each patch beside the files it touches, before it. */
const HISTORY = join(REPO, '__testfixtures__/review/history');
const cases = readdirSync(HISTORY).filter((name) => name.startsWith('jscodeshift-'));

const review = (root: string, patch: string) => reviewPatch({ root, patch, steps: [], securityRules });

describe('review on patches from a real project\'s history', () => {
  it.each(cases)('%s: applies, parses, and passes the security rules', async (name) => {
    const report = await review(join(HISTORY, name, 'tree'), readFileSync(join(HISTORY, name, 'change.patch'), 'utf8'));
    expect(report.problems).toEqual([]);
    expect(allFindings(report).map(formatFinding)).toEqual([]);
    expect(reviewExitCode(report)).toBe(0);
    expect(report.files.length).toBeGreaterThan(0);
  });

  it('names the file and hunk of a real patch that no longer applies (the file changed since)', async () => {
    const tree = mkdtempSync(join(tmpdir(), 'cm-history-'));
    cpSync(join(HISTORY, 'jscodeshift-e70c31c', 'tree'), tree, { recursive: true });
    const worker = join(tree, 'src/Worker.js');
    writeFileSync(worker, readFileSync(worker, 'utf8').replace("require('@babel/plugin-transform-modules-commonjs').default,", '// removed since'));
    const report = await review(tree, readFileSync(join(HISTORY, 'jscodeshift-e70c31c', 'change.patch'), 'utf8'));
    expect(reviewExitCode(report)).toBe(2);
    expect(report.problems).toEqual([expect.objectContaining({ file: 'src/Worker.js', hunk: 0, header: '@@ -75,6 +75,7 @@' })]);
  });

  it('catches a real patch whose added line no longer parses, at its line', async () => {
    const patch = readFileSync(join(HISTORY, 'jscodeshift-e70c31c', 'change.patch'), 'utf8').replace(
      "+        require('@babel/plugin-transform-private-methods').default,",
      "+        require('@babel/plugin-transform-private-methods').default(,",
    );
    const report = await review(join(HISTORY, 'jscodeshift-e70c31c', 'tree'), patch);
    expect(reviewExitCode(report)).toBe(1);
    expect(allFindings(report).map(formatFinding)).toEqual([expect.stringMatching(/^src\/Worker\.js:78:\d+: error: does not parse: .* \[parse\]$/)]);
  });
});
