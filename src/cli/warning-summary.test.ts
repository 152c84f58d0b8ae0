import { describe, expect, it } from 'vitest';
import { cli, tempProject } from '../../test/cli-helpers.js';

/** A user pass that refuses every `var` with a reason naming the variable. */
const REFUSING_PASS = `export default {
  id: 'refuser',
  title: 'Refuses every var',
  description: 'Warns on each var declaration.',
  needs: 'syntax',
  visit(ctx) {
    const visit = (node) => {
      if (ctx.ts.isVariableDeclaration(node)) ctx.warn('kept var: \`' + node.name.getText() + '\` is used before its declaration', node);
      ctx.ts.forEachChild(node, visit);
    };
    visit(ctx.sourceFile);
  },
};
`;

describe('the end-of-run warning summary', () => {
  const dir = tempProject({ 'pass.mjs': REFUSING_PASS, 'src/a.js': 'var a = 1;\nvar b = 2;\n', 'src/b.js': 'var c = 3;\n' });

  it('groups warnings by pass and reason with counts on stderr', () => {
    const run = cli(dir, ['run', './pass.mjs', 'src', '--no-color']);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('warnings by pass and reason:\n  refuser: kept var: `…` is used before its declaration ×3\n');
  });

  it('--json carries the same groups', () => {
    const run = cli(dir, ['run', './pass.mjs', 'src', '--json']);
    const report = JSON.parse(run.stdout) as { warningGroups: unknown };
    expect(report.warningGroups).toEqual([{ pass: 'refuser', reason: 'kept var: `…` is used before its declaration', count: 3 }]);
  });

  it('--quiet prints no groups', () => {
    expect(cli(dir, ['run', './pass.mjs', 'src', '--quiet']).stderr).toBe('');
  });
});
