import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, RENAME_PASS, tempProject } from '../../test/cli-helpers.js';

const UPPER_PASS = `
module.exports = {
  id: 'shout',
  title: 'Shout',
  description: 'Upper-cases identifiers named bar.',
  needs: 'syntax',
  visit(ctx) {
    const walk = (node) => {
      if (ctx.ts.isIdentifier(node) && node.text === 'bar') ctx.edits.replace(node, 'BAR');
      ctx.ts.forEachChild(node, walk);
    };
    walk(ctx.sourceFile);
  },
};
`;

const TS_PASS = `
interface Ctx { text: string; edits: { insertBefore(at: number, text: string): void } }
const pass = {
  id: 'banner',
  title: 'Banner',
  description: 'Adds a banner comment.',
  needs: 'syntax' as const,
  parses: false,
  visit(ctx: Ctx): void {
    if (!ctx.text.startsWith('// banner')) ctx.edits.insertBefore(0, '// banner\\n');
  },
};
export default pass;
`;

describe('transforms, recipes and config', () => {
  it('runs several passes in order in one run, each seeing the previous output', () => {
    const dir = tempProject({ 'a.mjs': RENAME_PASS, 'b.cjs': UPPER_PASS, 'src/x.ts': 'foo;\n' });
    const run = cli(dir, ['run', './a.mjs,./b.cjs', 'src', '--json']);
    const report = JSON.parse(run.stdout);
    expect(report.files[0].hunks[0].lines).toEqual(['-foo;', '+BAR;']);
    expect(report.files[0].passes).toEqual(['foo-to-bar', 'shout']);
  });

  it('loads TypeScript passes without a build step', () => {
    const dir = tempProject({ 'banner.ts': TS_PASS, 'src/x.js': 'x();\n' });
    const run = cli(dir, ['run', './banner.ts', 'src']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('+// banner');
  });

  it('runs YAML recipes with nested recipes, step options and preconditions', () => {
    const dir = tempProject({
      'passes/a.mjs': RENAME_PASS,
      'passes/b.cjs': UPPER_PASS,
      'inner.yaml': 'name: inner\nsteps:\n  - path: ./passes/b.cjs\n    when:\n      files: ["src/only/**"]\n',
      'recipe.yaml': 'name: outer\nsteps:\n  - id: ./passes/a.mjs\n    options:\n      to: bar\n  - recipe: ./inner.yaml\n',
      'src/only/x.ts': 'foo;\n',
      'src/other/y.ts': 'foo;\n',
    });
    const report = JSON.parse(cli(dir, ['run', './recipe.yaml', 'src', '--json']).stdout);
    const byPath = Object.fromEntries(report.files.map((file: { path: string; hunks: { lines: string[] }[] }) => [file.path, file.hunks[0]!.lines]));
    expect(byPath['src/only/x.ts']).toEqual(['-foo;', '+BAR;']);
    expect(byPath['src/other/y.ts']).toEqual(['-foo;', '+bar;']);
  });

  it('refuses YAML tags that would construct objects and recipe cycles', () => {
    const dir = tempProject({ 'evil.yaml': 'name: x\nsteps: !!js/function "function () {}"\n', 'loop.yaml': 'name: loop\nsteps:\n  - ./loop.yaml\n', 'a.ts': 'x;\n' });
    const evil = cli(dir, ['run', './evil.yaml', 'a.ts']);
    expect(evil.code).toBe(2);
    expect(evil.stderr.trim().split('\n')).toHaveLength(1);
    const loop = cli(dir, ['run', './loop.yaml', 'a.ts']);
    expect(loop.code).toBe(2);
    expect(loop.stderr).toContain('recipe cycle');
  });

  it('takes defaults from codemorph.config.* found upward (paths, options, recipes); flags override', () => {
    const dir = tempProject({
      'tools/a.mjs': RENAME_PASS,
      'codemorph.config.json': JSON.stringify({
        paths: ['src'],
        options: { 'foo-to-bar': { to: 'configured' } },
        recipes: { mine: ['./tools/a.mjs'] },
      }),
      'src/x.ts': 'foo;\n',
      'other/y.ts': 'foo;\n',
    });
    const fromConfig = cli(dir, ['run', 'mine']);
    expect(fromConfig.stdout).toContain('+configured;');
    expect(fromConfig.stdout).not.toContain('other/y.ts');
    expect(cli(dir, ['run', 'mine', 'other', '-o', 'to=flag']).stdout).toContain('diff --git a/other/y.ts');
    expect(cli(join(dir, 'src'), ['run', 'mine', '.', '-o', 'to=flag']).stdout).toContain('+flag;');
  });

  it('reads the config from a codemorph key in package.json and rejects unknown keys', () => {
    const dir = tempProject({ 'a.mjs': RENAME_PASS, 'package.json': JSON.stringify({ name: 'x', codemorph: { ignore: ['skip/**'] } }), 'skip/a.ts': 'foo;\n', 'keep/b.ts': 'foo;\n' });
    const run = cli(dir, ['run', './a.mjs', '.']);
    expect(run.stdout).toContain('keep/b.ts');
    expect(run.stdout).not.toContain('skip/a.ts');
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'x', codemorph: { ignores: [] } }));
    const bad = cli(dir, ['run', './a.mjs', '.']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('unknown config key "ignores"');
  });
});
