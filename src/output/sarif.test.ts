import { describe, expect, it } from 'vitest';
import type { Finding } from '../core/finding.js';
import { sarifSchemaErrors } from '../../test/sarif-schema.js';
import { toGithubAnnotations } from './github-annotations.js';
import { toSarif } from './sarif.js';

const findings: Finding[] = [
  { file: 'src/a b/ünï.ts', line: 3, column: 5, endLine: 4, source: 'security', ruleId: 'security/eval', severity: 'error', message: 'eval() on data' },
  { file: 'src/b.js', line: 7, column: 1, source: 'pass', ruleId: 'var-to-let-const', severity: 'warning', message: 'would rewrite', fix: { startLine: 7, endLine: 8, text: 'let a = 1;\nlet b = 2;\n' } },
  { file: 'src/b.js', line: 9, column: 2, source: 'pass', ruleId: 'var-to-let-const', severity: 'note', message: 'kept var: 50%, a:b\nsecond line' },
];

describe('SARIF output', () => {
  it('is valid SARIF 2.1.0 (the official schema), with rules, levels, regions and fixes', () => {
    const log = toSarif(findings, { toolVersion: '0.1.0', root: '/tmp/project', rules: [{ id: 'security/eval', title: 'Code evaluated', severity: 'error', description: 'Runs strings as code.' }] });
    expect(sarifSchemaErrors(log)).toEqual([]);
    const run = log.runs[0]!;
    expect(run.tool.driver.rules!.map((rule) => rule.id)).toEqual(['security/eval', 'var-to-let-const']);
    expect(run.results!.map((result) => [result.ruleId, result.ruleIndex, result.level])).toEqual([
      ['security/eval', 0, 'error'],
      ['var-to-let-const', 1, 'warning'],
      ['var-to-let-const', 1, 'note'],
    ]);
    expect(run.results![0]!.locations![0]!.physicalLocation!.artifactLocation!.uri).toBe('src/a%20b/%C3%BCn%C3%AF.ts');
    expect(run.results![1]!.fixes![0]!.artifactChanges[0]!.replacements[0]).toEqual({
      deletedRegion: { startLine: 7, startColumn: 1, endLine: 9, endColumn: 1 },
      insertedContent: { text: 'let a = 1;\nlet b = 2;\n' },
    });
    expect(run.originalUriBaseIds!['%SRCROOT%']!.uri).toBe('file:///tmp/project/');
  });

  it('an empty review is a valid log too', () => {
    expect(sarifSchemaErrors(toSarif([], { toolVersion: '0.1.0', root: '/', rules: [] }))).toEqual([]);
  });

  it('the schema check catches an invalid log (the test can fail)', () => {
    expect(sarifSchemaErrors({ version: '2.1.0', runs: [{ tool: { driver: {} } }] })).not.toEqual([]);
  });
});

describe('GitHub annotations', () => {
  it('one workflow command per finding, with properties and data escaped as the runner reads them', () => {
    expect(toGithubAnnotations(findings)).toBe(
      '::error file=src/a b/ünï.ts,line=3,endLine=4,title=security/eval::eval() on data\n' +
        '::warning file=src/b.js,line=7,col=1,title=var-to-let-const::would rewrite\n' +
        '::notice file=src/b.js,line=9,col=2,title=var-to-let-const::kept var: 50%25, a:b%0Asecond line\n',
    );
  });
});
