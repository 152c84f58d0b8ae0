import { describe, expect, it } from 'vitest';
import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, git, gitInit, RENAME_PASS, tempProject } from '../../test/cli-helpers.js';

const NULLISH_INPUT = 'export const pick = (a: string | null | undefined): string => a || "z";\n';

describe('codemorph edge cases found in review', () => {
  it('a tsconfig that does not parse fails in one line naming the tsconfig', () => {
    const dir = tempProject({ 'tsconfig.json': '{"compilerOptions":{"strict":true,,}\n', 'src/a.ts': NULLISH_INPUT });
    const run = cli(dir, ['run', 'nullish-coalescing', 'src', '--check']);
    expect(run.code).toBe(2);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/tsconfig\.json: cannot load: /);
  });

  it('the config\'s ignore globs are relative to the config file, also when run from a subdirectory', () => {
    const dir = tempProject({
      'codemorph.config.json': JSON.stringify({ ignore: ['src/generated/**'] }),
      'pass.mjs': RENAME_PASS,
      'src/a.ts': 'export const foo = 1;\n',
      'src/generated/api.ts': 'export const foo = 2;\n',
    });
    const fromRoot = cli(dir, ['run', './pass.mjs', 'src', '--check']);
    expect(fromRoot.stdout).toBe('src/a.ts\n');
    const fromSrc = cli(join(dir, 'src'), ['run', '../pass.mjs', '.', '--check']);
    expect(fromSrc.stdout).toBe('a.ts\n');
    writeFileSync(join(dir, 'codemorph.config.json'), JSON.stringify({ ignore: ['./src/generated/**', join(dir, 'src/a.ts')] }));
    expect(cli(join(dir, 'src'), ['run', '../pass.mjs', '.', '--check']).stdout).toBe('');
  });

  it('a recipe step naming a missing file fails in one line naming the recipe file', () => {
    const dir = tempProject({ 'recipes/migrate.yaml': 'steps:\n  - ./missing-pass.mjs\n', 'a.ts': 'export const foo = 1;\n' });
    const run = cli(dir, ['run', './recipes/migrate.yaml', 'a.ts']);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toEqual([
      `codemorph: ${join(dir, 'recipes', 'migrate.yaml')}: unknown transform "./missing-pass.mjs" (run \`codemorph list\` for the built-in ones)`,
    ]);
  });

  it('a file --write refuses names the file once, relative to where codemorph runs', () => {
    const dir = tempProject({ 'app/pass.mjs': RENAME_PASS, 'shared/x.ts': 'export const foo = 1;\n' });
    const run = cli(join(dir, 'app'), ['run', './pass.mjs', '../shared/x.ts', '--write']);
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe(`../shared/x.ts: outside the project root ${join(dir, 'app')}`);
  });

  it('a dangling symlink named on the command line is reported as unreadable, not silently dropped', () => {
    const dir = tempProject({ 'pass.mjs': RENAME_PASS, 'a.ts': 'export const foo = 1;\n' });
    symlinkSync(join(dir, 'gone.ts'), join(dir, 'link.ts'));
    const run = cli(dir, ['run', './pass.mjs', 'link.ts', 'a.ts', '--check']);
    expect(run.stdout).toBe('a.ts\n');
    expect(run.stderr.split('\n')[0]).toBe('link.ts: skipped: cannot read (ENOENT)');
  });

  it('a config key of the wrong type fails in one line naming the config file and the key', () => {
    for (const [key, value] of [['paths', 'src'], ['ignore', 'dist/**'], ['extensions', 'ts'], ['maxFileSize', '1mb']] as const) {
      const dir = tempProject({ 'codemorph.config.json': JSON.stringify({ [key]: value }), 'pass.mjs': RENAME_PASS, 'a.ts': 'export const foo = 1;\n' });
      const run = cli(dir, ['run', './pass.mjs', 'a.ts', '--check']);
      expect(run.code).toBe(2);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).toContain(`${join(dir, 'codemorph.config.json')}: "${key}" must be`);
    }
  });

  it('a declared string option given a number or null on the command line gets the text typed', () => {
    const dir = tempProject({
      'a.ts': 'export const foo = 1;\n',
      // Declares a string option and writes it into a comment, so any text is valid output.
      'tag.mjs': `export default {
        id: 'tag', title: 'tag', description: 'tags the file', needs: 'syntax',
        options: { label: { type: 'string', description: 'the tag' } },
        visit(ctx) { ctx.edits.insertBefore(ctx.sourceFile.statements[0], '/* ' + ctx.options.label + ' */ '); },
      };`,
    });
    for (const label of ['2024', 'null', 'true', '[]']) {
      const run = cli(dir, ['run', './tag.mjs', 'a.ts', '-o', `label=${label}`]);
      expect(run.stderr).not.toContain('expects a string');
      expect(run.stdout).toContain(`+/* ${label} */ export const foo = 1;`);
      expect(run.code).toBe(0);
    }
  });

  it('search reports a dangling symlink named on the command line and searches the other files', () => {
    const dir = tempProject({ 'a.ts': 'export const foo = 1;\n' });
    symlinkSync(join(dir, 'gone.ts'), join(dir, 'link.ts'));
    const run = cli(dir, ['search', '-p', 'foo', 'link.ts', 'a.ts']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('link.ts: skipped: cannot read (ENOENT)\n');
    expect(run.stdout).toContain('a.ts:1:14');
  });

  it('the diff and --patch of a file with a BOM apply with git apply (BOM kept on line 1)', () => {
    const dir = tempProject({
      'pass.mjs': RENAME_PASS,
      'bom.ts': '\uFEFFexport const foo = 1;\nexport const other = foo;\n',
      'plain.ts': 'export const foo = 2;\n',
    });
    gitInit(dir);
    const run = cli(dir, ['run', './pass.mjs', 'bom.ts', 'plain.ts', '--patch', 'out.patch']);
    expect(run.code).toBe(0);
    writeFileSync(join(dir, 'stdout.patch'), run.stdout);
    git(dir, 'apply', '--check', 'stdout.patch');
    git(dir, 'apply', 'out.patch');
    expect(readFileSync(join(dir, 'bom.ts'), 'utf8')).toBe('\uFEFFexport const bar = 1;\nexport const other = bar;\n');
  });

  it('--root that is not a directory is a usage error, before any file is read', () => {
    const dir = tempProject({ 'pass.mjs': RENAME_PASS, 'src/a.ts': 'export const foo = 1;\n' });
    for (const root of ['missing', 'pass.mjs']) {
      const run = cli(dir, ['run', './pass.mjs', 'src', '--root', root, '--write']);
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(`codemorph: --root ${root}: not a directory\n`);
    }
    expect(readFileSync(join(dir, 'src/a.ts'), 'utf8')).toBe('export const foo = 1;\n');
  });

  it('--changed-since with a ref git does not know says so in one line', () => {
    const dir = tempProject({ 'pass.mjs': RENAME_PASS, 'a.ts': 'export const foo = 1;\n' });
    gitInit(dir);
    const run = cli(dir, ['run', './pass.mjs', '--changed-since', 'no-such-branch', '--check']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('codemorph: --changed-since no-such-branch: not a commit in this repository (a branch, tag or commit id)\n');
  });

  it('a path that does not exist is a usage error, so a --check gate with a typo cannot pass', () => {
    const dir = tempProject({ 'pass.mjs': RENAME_PASS, 'src/a.ts': 'export const foo = 1;\n' });
    const run = cli(dir, ['run', './pass.mjs', 'src/typo.ts', 'src', '--check']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('codemorph: no such file or directory: src/typo.ts\n');
    // A glob that matches nothing is a selection, not a typo.
    const glob = cli(dir, ['run', './pass.mjs', 'lib/**/*.ts', '--check']);
    expect(glob.code).toBe(0);
    expect(glob.stderr).toContain('no files matched');
  });

  it('a file named twice through a symlink is processed once', () => {
    const dir = tempProject({ 'pass.mjs': RENAME_PASS, 'a.ts': 'export const foo = 1;\n' });
    symlinkSync(join(dir, 'a.ts'), join(dir, 'link.ts'));
    const run = cli(dir, ['run', './pass.mjs', 'a.ts', 'link.ts', '--write']);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('1 file scanned, 1 changed');
    expect(cli(dir, ['undo']).stderr).toContain('restored 1 file');
    expect(readFileSync(join(dir, 'a.ts'), 'utf8')).toBe('export const foo = 1;\n');
  });
});
