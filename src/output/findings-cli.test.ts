import { describe, expect, it } from 'vitest';
import { cli, tempProject } from '../../test/cli-helpers.js';
import { sarifSchemaErrors } from '../../test/sarif-schema.js';

interface Replacement { deletedRegion: { startLine: number; endLine: number }; insertedContent: { text: string } }

/** Applies SARIF whole-line fixes (column 1 to column 1) to a text, last first. */
function applyFixes(text: string, replacements: Replacement[]): string {
  const lines = text.split(/(?<=\n)/);
  for (const r of [...replacements].sort((a, b) => b.deletedRegion.startLine - a.deletedRegion.startLine)) {
    lines.splice(r.deletedRegion.startLine - 1, r.deletedRegion.endLine - r.deletedRegion.startLine, r.insertedContent.text);
  }
  return lines.join('');
}

describe('--format sarif|github for run --check and search', () => {
  it('run --check --format sarif: valid SARIF, one result per hunk and pass, whose fixes give what --write would', () => {
    const source = 'export function f(a) {\n  var b = "x" + a;\n  return b;\n}\nexport var c = 1;\n';
    const dir = tempProject({ 'src/a.js': source, 'src/clean.js': 'export const ok = 1;\n' });
    const result = cli(dir, ['run', 'var-to-let-const,template-literals', 'src', '--check', '--format', 'sarif']);
    expect(result.code).toBe(1);
    const log = JSON.parse(result.stdout);
    expect(sarifSchemaErrors(log)).toEqual([]);
    const results = log.runs[0].results as Array<{ ruleId: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }>; fixes: Array<{ artifactChanges: Array<{ replacements: Replacement[] }> }> }>;
    expect(results.map((r) => [r.ruleId, r.locations[0]!.physicalLocation.artifactLocation.uri, r.locations[0]!.physicalLocation.region.startLine])).toEqual([
      ['var-to-let-const', 'src/a.js', 2],
      ['template-literals', 'src/a.js', 2],
      ['var-to-let-const', 'src/a.js', 5],
    ]);
    // Both passes share line 2's hunk: one fix carries the whole change.
    const fixed = applyFixes(source, [results[0]!, results[2]!].flatMap((r) => r.fixes[0]!.artifactChanges[0]!.replacements));
    expect(fixed).toBe('export function f(a) {\n  const b = `x${a}`;\n  return b;\n}\nexport const c = 1;\n');
    expect(log.runs[0].tool.driver.rules.map((rule: { id: string }) => rule.id)).toEqual(['var-to-let-const', 'template-literals']);
  });

  it('search --format github: each match an annotation', () => {
    const dir = tempProject({ 'a.ts': 'eval(x);\nconst y = 1;\neval(y);\n' });
    const result = cli(dir, ['search', '--pattern', 'eval($X)', '.', '--format', 'github']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('::warning file=a.ts,line=1,col=1,title=search::matches `eval($X)`: eval(x)\n::warning file=a.ts,line=3,col=1,title=search::matches `eval($X)`: eval(y)\n');
  });
});
