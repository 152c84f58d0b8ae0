import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, cli, git, gitInit, RENAME_PASS, REPO } from '../../test/cli-helpers.js';
import { loadSteps } from '../workspace/steps.js';
import { sarifSchemaErrors } from '../../test/sarif-schema.js';
import { enabledSecurityRules } from '../cli/review-run.js';
import { formatFinding } from '../output/review-report.js';
import { allFindings, reviewExitCode, reviewPatch } from './review.js';
import { securityRules } from './security/index.js';

const FIXTURES = join(REPO, '__testfixtures__/review');
const patch = (name: string): string => join(FIXTURES, `${name}.patch`);

/** The fixture project in a fresh git repository, everything committed. */
function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cm-review-'));
  cpSync(join(FIXTURES, 'project'), dir, { recursive: true });
  gitInit(dir);
  return dir;
}

describe('codemorph review (the real CLI on fixture patches)', () => {
  let dir: string;
  beforeAll(() => {
    dir = project();
  });

  it('passes a real-world-shaped change (new, edited, renamed, deleted files; no newline at end), read from stdin too, and never touches the tree', () => {
    const fromFile = cli(dir, ['review', patch('feature')]);
    expect(fromFile.stderr).toContain('codemorph: reviewed 4 file(s), 4 hunk(s): 0 finding(s) (0 error, 0 warning, 0 note)');
    expect([fromFile.code, fromFile.stdout]).toEqual([0, '']);
    // A format-patch mail (commit message, diffstat, signature), piped in.
    const piped = spawnSync(process.execPath, [BIN, 'review', '-'], { cwd: dir, input: readFileSync(patch('format-patch')), encoding: 'utf8' });
    expect([piped.status, piped.stdout]).toEqual([0, '']);
    expect(git(dir, 'status', '--porcelain')).toBe('');
  });

  it('catches a syntax error (exit 1 from the report, file:line:column and the parser message)', async () => {
    // In-process: the library call the CLI makes; the exit code comes from the same function.
    const report = await reviewPatch({ root: dir, patch: readFileSync(patch('syntax-error'), 'utf8'), steps: [], securityRules });
    expect(reviewExitCode(report)).toBe(1);
    expect(allFindings(report).map(formatFinding)).toEqual(["src/users.ts:24:57: error: does not parse: ')' expected. [parse]"]);
  });

  it('--verify types: reports the new type error per file and line, in the --json report per hunk', () => {
    const result = cli(dir, ['review', patch('type-error'), '--verify', 'types', '--json']);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ applies: true, exitCode: 1, summary: { files: 1, hunks: 1, findings: 1 } });
    expect(report.files[0].hunks[0]).toMatchObject({ header: '@@ -19,3 +19,7 @@', added: [22, 23, 24, 25] });
    expect(report.files[0].hunks[0].findings).toEqual([
      expect.objectContaining({ file: 'src/users.ts', line: 24, source: 'types', ruleId: 'TS2322', severity: 'error' }),
    ]);
  });

  it('flags every security rule on added lines only, as valid SARIF and as GitHub annotations', () => {
    const sarif = cli(dir, ['review', patch('insecure'), '--format', 'sarif']);
    expect(sarif.code).toBe(1);
    const log = JSON.parse(sarif.stdout);
    expect(sarifSchemaErrors(log)).toEqual([]);
    const results: Array<{ ruleId: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }> }> = log.runs[0].results;
    expect(results.map((r) => r.ruleId).sort()).toEqual(securityRules.map((rule) => rule.id).sort());
    // legacy.js already had an eval on line 3; only the added `new Function(formula)` is the change's.
    const legacy = results.filter((r) => r.locations[0]!.physicalLocation.artifactLocation.uri === 'src/legacy.js');
    expect(legacy.map((r) => [r.ruleId, r.locations[0]!.physicalLocation.region.startLine])).toEqual([['security/eval', 11]]);

    const github = cli(dir, ['review', patch('insecure'), '--format', 'github', '--disable', 'eval,security/dom-xss']);
    expect(github.code).toBe(1);
    const lines = github.stdout.trim().split('\n');
    expect(lines).toHaveLength(securityRules.length - 2);
    expect(lines).toContain('::error file=src/api.ts,line=9,col=40,title=security/tls-verification-off::rejectUnauthorized: false accepts any TLS certificate; pass the CA that signed it (ca:) instead');
  });

  it('runs passes and rules in check mode on added lines: a change as a SARIF fix, a rule match as a warning', () => {
    writeFileSync(join(dir, 'no-double.yaml'), 'id: no-double\nmessage: use triple\npattern: double($X)\n');
    writeFileSync(join(dir, 'var.patch'), [
      '--- a/src/legacy.js', '+++ b/src/legacy.js', '@@ -6,3 +6,5 @@ function evaluate(expression) {',
      ' function double(n) {', '+  var twice = n + n;', '+  double(1);', '   return n * 2;', ' }', '',
    ].join('\n'));
    const result = cli(dir, ['review', 'var.patch', '--recipe', 'var-to-let-const', '--rules', 'no-double.yaml', '--no-security', '--format', 'sarif']);
    expect(result.code).toBe(1);
    const log = JSON.parse(result.stdout);
    expect(sarifSchemaErrors(log)).toEqual([]);
    const [change, match] = log.runs[0].results;
    expect(change).toMatchObject({ ruleId: 'var-to-let-const', level: 'warning', locations: [{ physicalLocation: { region: { startLine: 7 } } }] });
    expect(change.fixes[0].artifactChanges[0].replacements[0]).toEqual({ deletedRegion: { startLine: 7, startColumn: 1, endLine: 8, endColumn: 1 }, insertedContent: { text: '  const twice = n + n;\n' } });
    expect(match).toMatchObject({ ruleId: 'no-double', level: 'warning', message: { text: 'use triple' } });
    expect(log.runs[0].results).toHaveLength(2);
  });

  it('a pass that fails on a patched file makes the review incomplete: exit 2, naming file and pass (in-process)', async () => {
    writeFileSync(join(dir, 'foo-to-bar.mjs'), RENAME_PASS);
    const steps = await loadSteps('./foo-to-bar.mjs', { cwd: dir });
    const text = ['--- a/src/legacy.js', '+++ b/src/legacy.js', '@@ -1,2 +1,3 @@', ' // Old code with a known problem: a review of a change elsewhere in this file must not report it.', '+// THR' + 'OW', ' function evaluate(expression) {', ''].join('\n');
    const report = await reviewPatch({ root: dir, patch: text, steps, securityRules });
    expect(report.errors).toEqual([{ file: 'src/legacy.js', passId: 'foo-to-bar', message: 'cannot handle THR' + 'OW here' }]);
    expect(reviewExitCode(report)).toBe(2);
  });

  it('--disable takes ids with or without security/, and refuses unknown ones (in-process)', () => {
    expect(enabledSecurityRules({ disable: ['eval,security/dom-xss'] }).map((rule) => rule.id)).not.toContain('security/eval');
    expect(enabledSecurityRules({ disable: ['eval,security/dom-xss'] })).toHaveLength(securityRules.length - 2);
    expect(enabledSecurityRules({ security: false, disable: [] })).toEqual([]);
    expect(() => enabledSecurityRules({ disable: ['no-such-rule'] })).toThrow('--disable: unknown rule no-such-rule');
  });

  it('names the hunk that does not apply (exit 2) and checks nothing else', () => {
    const result = cli(dir, ['review', patch('stale')]);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('src/users.ts: hunk 1 (@@ -1,3 +1,3 @@) does not apply: line 1: expected `export function findUser(id: number): User | undefined {`');
    expect(result.stdout).toContain('src/missing.ts: does not apply: no such file in the tree');
    expect(result.stderr).toContain('the patch does not apply (2 problems)');
  });
});

describe('codemorph review --apply', () => {
  it('writes only a patch that passed, journaled (codemorph undo reverts it), and refuses dirty files', () => {
    const dir = project();
    const refused = cli(dir, ['review', patch('insecure'), '--apply']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('the review did not pass; nothing was written');
    expect(git(dir, 'status', '--porcelain')).toBe('');

    const applied = cli(dir, ['review', patch('feature'), '--apply']);
    expect(applied.code).toBe(0);
    expect(git(dir, 'status', '--porcelain', '--untracked-files=all').split('\n').filter(Boolean).sort()).toEqual([
      ' D src/format.ts', ' D src/old-helpers.ts', ' M src/users.ts', '?? src/display.ts', '?? src/greeting.ts',
    ]);
    expect(readFileSync(join(dir, 'src/greeting.ts'), 'utf8')).toBe("import { displayName } from './display';\nimport type { User } from './users';\n\nexport const greet = (user: User): string =>\n  `Hello, ${displayName(user)}`;");
    expect(cli(dir, ['undo']).code).toBe(0);
    expect(git(dir, 'status', '--porcelain', '--untracked-files=all')).toBe('');

    appendFileSync(join(dir, 'src/users.ts'), '// local edit\n');
    const dirty = cli(dir, ['review', patch('type-error'), '--apply']);
    expect(dirty.code).toBe(2);
    expect(dirty.stderr).toContain('refusing to write: uncommitted changes in src/users.ts');
    expect(readFileSync(join(dir, 'src/users.ts'), 'utf8')).not.toContain('firstUserName');
  });
});
