import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, gitInit, REPO, tempProject } from './cli-helpers.js';

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

async function inProcess(cwd: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const { main } = (await import(join(REPO, 'dist/src/cli/main.js'))) as typeof import('../src/cli/main.js');
  let stdout = '';
  let stderr = '';
  const io = { cwd, env: {}, stdout: (text: string) => void (stdout += text), stderr: (text: string) => void (stderr += text), stdoutIsTTY: false, stderrIsTTY: false };
  return { code: await main(args, io), stdout, stderr };
}

/** A pass with no imports (it runs from wherever the package was unpacked): renames one identifier. */
const RENAME = `export default {
  id: 'lib-rename',
  title: 'Rename an export',
  description: 'Renames identifiers.',
  needs: 'syntax',
  options: { from: { type: 'string', description: 'old', required: true }, to: { type: 'string', description: 'new', required: true } },
  visit(ctx) {
    const walk = (node) => {
      if (ctx.ts.isIdentifier(node) && node.text === ctx.options.from) ctx.edits.replace(node, ctx.options.to);
      ctx.ts.forEachChild(node, walk);
    };
    walk(ctx.sourceFile);
  },
};
`;

// Each migration renames what the one before produced: only the right versions, in version order, give a4.
const MIGRATIONS = {
  migrations: [
    { version: '3.0.0', description: 'not yet', transforms: ['./m/rename.mjs'], options: { from: 'a4', to: 'a5' } },
    { version: '2.0.0', description: 'a3 is a4 (src only)', transforms: ['./m/rename.mjs'], options: { from: 'a3', to: 'a4' }, paths: ['src/**'] },
    { version: '2.0.0', description: 'b1 is b2 (a recipe)', transforms: ['./m/recipe.yaml'] },
    { version: '1.0.0', description: 'already installed', transforms: ['./m/rename.mjs'], options: { from: 'a1', to: 'a0' } },
    { version: '2.0.0-beta.1', description: 'a2 is a3', transforms: ['./m/rename.mjs'], options: { from: 'a2', to: 'a3' } },
    { version: '1.1.0', description: 'a1 is a2', transforms: ['./m/rename.mjs'], options: { from: 'a1', to: 'a2' } },
  ],
};

const PACKAGE_JSON = '{\n  "name": "app",\n  "dependencies": {\n    "greeter-lib": "~1.0.0"\n  }\n}\n';

describe('codemorph migrate', () => {
  it('fetches the target as a tarball, runs the migrations in between as one run, moves the range; undo; one-line errors', async () => {
    const dir = tempProject({
      'lib/package/package.json': JSON.stringify({ name: 'greeter-lib', version: '2.0.0', codemorph: { migrations: './migrations.json' } }),
      'lib/package/migrations.json': JSON.stringify(MIGRATIONS),
      'lib/package/m/rename.mjs': RENAME,
      'lib/package/m/recipe.yaml': 'steps:\n  - path: ./rename.mjs\n    options: { from: b1, to: b2 }\n',
      'package.json': PACKAGE_JSON,
      'package-lock.json': JSON.stringify({ lockfileVersion: 3, packages: { 'node_modules/greeter-lib': { version: '1.0.0' } } }),
      'src/a.ts': 'export const a1 = 1;\nexport const b1 = a1;\n',
      'other/b.ts': 'export const a1 = 2;\n',
      // Installed packages for the cases that need no fetch.
      'node_modules/plain-lib/package.json': JSON.stringify({ name: 'plain-lib', version: '1.0.0' }),
      'node_modules/broken-lib/package.json': JSON.stringify({ name: 'broken-lib', version: '2.0.0', codemorph: { migrations: './migrations.json' } }),
      'node_modules/broken-lib/migrations.json': JSON.stringify({ migrations: [{ version: '2.0.0', description: 'x', transforms: ['./m/gone.mjs'] }] }),
      'node_modules/older-lib/package.json': JSON.stringify({ name: 'older-lib', version: '1.0.0', codemorph: { migrations: './migrations.json' } }),
      'node_modules/older-lib/migrations.json': '[]',
      '.gitignore': 'node_modules/\nlib/\n*.tgz\n',
    });
    temps.push(dir);
    // The target version as a local tarball, as a registry would serve it.
    execFileSync('tar', ['-czf', join(dir, 'greeter-lib-2.0.0.tgz'), '-C', join(dir, 'lib'), 'package']);
    gitInit(dir);
    const target = 'greeter-lib@file:./greeter-lib-2.0.0.tgz';

    const dry = await inProcess(dir, ['migrate', target, '--no-color']);
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stderr).toContain('codemorph: greeter-lib 1.0.0 -> 2.0.0: 4 migrations\n  1.1.0  a1 is a2\n  2.0.0-beta.1  a2 is a3\n  2.0.0  a3 is a4 (src only)\n  2.0.0  b1 is b2 (a recipe)\n');
    expect(dry.stdout).toContain('+export const a4 = 1;\n+export const b2 = a4;');
    expect(dry.stdout).toContain('+export const a3 = 2;');
    expect(dry.stdout).toContain('+    "greeter-lib": "~2.0.0"');
    expect(readFileSync(join(dir, 'src/a.ts'), 'utf8')).toBe('export const a1 = 1;\nexport const b1 = a1;\n');
    expect(existsSync(join(dir, 'node_modules/greeter-lib'))).toBe(false); // a dry run installs nothing

    const write = cli(dir, ['migrate', target, '--write', '--to', '2.0.0']);
    expect(write.code, write.stderr).toBe(0);
    expect(readFileSync(join(dir, 'src/a.ts'), 'utf8')).toBe('export const a4 = 1;\nexport const b2 = a4;\n');
    expect(readFileSync(join(dir, 'other/b.ts'), 'utf8')).toBe('export const a3 = 2;\n');
    expect(readFileSync(join(dir, 'package.json'), 'utf8')).toBe(PACKAGE_JSON.replace('~1.0.0', '~2.0.0'));
    expect(existsSync(join(dir, 'node_modules/greeter-lib'))).toBe(false);

    const undo = await inProcess(dir, ['undo']);
    expect(undo.code, undo.stderr).toBe(0);
    expect(readFileSync(join(dir, 'src/a.ts'), 'utf8')).toBe('export const a1 = 1;\nexport const b1 = a1;\n');
    expect(readFileSync(join(dir, 'package.json'), 'utf8')).toBe(PACKAGE_JSON);

    const errors = await Promise.all([
      inProcess(dir, ['migrate', 'nope']),
      inProcess(dir, ['migrate', 'plain-lib', '--from', '0.1.0']),
      inProcess(dir, ['migrate', 'broken-lib', '--from', '^1.0.0']),
      inProcess(dir, ['migrate', 'older-lib', '--from', '2.0.0']),
      inProcess(dir, ['migrate', 'older-lib', '--from', 'soon']),
    ]);
    expect(errors.map(({ code, stderr }) => [code, stderr.trim()])).toEqual([
      [2, 'codemorph: unknown package nope: not in package.json, node_modules or the lockfile (check the name, or pass --from)'],
      [2, 'codemorph: plain-lib@1.0.0 declares no migrations ("codemorph": { "migrations": "./migrations.json" } in its package.json)'],
      [2, `codemorph: ${join(dir, 'node_modules/broken-lib/migrations.json')}: migration 2.0.0: transform ./m/gone.mjs is missing from the package`],
      [2, 'codemorph: older-lib: the target version 1.0.0 is older than the installed 2.0.0'],
      [2, 'codemorph: --from soon: not a version or a range'],
    ]);
    const same = await inProcess(dir, ['migrate', 'older-lib']);
    expect([same.code, same.stdout, same.stderr]).toEqual([0, '', 'codemorph: older-lib 1.0.0 -> 1.0.0: 0 migrations\n']);
  });
});
