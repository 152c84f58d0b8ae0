import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readTree } from '../src/testing/index.js';
import { tscBinary } from '../src/verify/tsc.js';
import { cli, REPO } from './cli-helpers.js';

// A solution-style root (`"files": []` + references), options in tsconfig.base.json that each of
// three packages extends; @demo/core's Widget is used by @demo/ui and @demo/app.
const FIXTURE = join(REPO, '__testfixtures__/rename/monorepo-references');
const RENAME = ['run', 'rename', '--option', 'symbol=packages/core/src/widget.ts#Widget', '--option', 'to=Component'];
const temps: string[] = [];

function copyFixture(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cm-mono-'));
  temps.push(dir);
  cpSync(join(FIXTURE, 'input'), dir, { recursive: true });
  return dir;
}

/** The monorepo's own full type-check: `tsc -b` over the solution (it emits into the temp copy). */
function buildClean(dir: string): string {
  const result = spawnSync(process.execPath, [tscBinary(), '-b', '--pretty', 'false'], { cwd: dir, encoding: 'utf8' });
  return `${result.status} ${result.stdout}${result.stderr}`.trim();
}

function expectRenamed(dir: string): void {
  for (const [path, text] of readTree(join(FIXTURE, 'output'))) {
    if (path.endsWith('.ts')) expect(readFileSync(join(dir, path), 'utf8'), path).toBe(text);
  }
}

afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('type-aware refactors in a monorepo', () => {
  it('lists the projects, fails a file no project owns, then renames across packages (paths aliases)', () => {
    const dir = copyFixture();
    writeFileSync(join(dir, 'loose.ts'), 'export const loose = 1;\n');
    mkdirSync(join(dir, 'legacy/old'), { recursive: true });
    for (const name of ['a', 'b', 'old/c']) writeFileSync(join(dir, `legacy/${name}.ts`), 'export const old = 1;\n');
    const listed = cli(dir, ['projects', '--json']);
    expect(listed.code, 'a file in no project is a finding').toBe(1);
    const listing = JSON.parse(listed.stdout) as { projects: { path: string; files: number; package?: string }[]; ownerless: string[] };
    expect(listing.projects.map((project) => `${project.path} ${project.package} ${project.files}`)).toEqual([
      'tsconfig.json demo-monorepo 0',
      'packages/app/tsconfig.json @demo/app 1',
      'packages/core/tsconfig.json @demo/core 2',
      'packages/ui/tsconfig.json @demo/ui 2',
    ]);
    expect(listing.ownerless).toEqual(['legacy/a.ts', 'legacy/b.ts', 'legacy/old/c.ts', 'loose.ts']);
    expect(cli(dir, ['projects']).stdout).toContain('In no project (type-aware runs fail these; --json lists each):\n  legacy/ (3 files)\n  loose.ts\n');

    // Regression: with default options the rename found 2 of 8 references and exited 0.
    const refused = cli(dir, RENAME);
    expect(refused.code).toBe(2);
    // One line per folder with a count, not one per file (a single file keeps its own line).
    expect(refused.stderr.split('\n').filter((line) => line.includes('no tsconfig project'))).toEqual([
      'legacy/: rename: no tsconfig project selects these 3 files (see codemorph projects); not checked (--verbose lists them)',
      'loose.ts: rename: no tsconfig project selects this file (see codemorph projects); not checked',
    ]);
    expect(refused.stderr).toContain('4 failed');

    rmSync(join(dir, 'loose.ts'));
    rmSync(join(dir, 'legacy'), { recursive: true });
    const renamed = cli(dir, [...RENAME, '--write', '--allow-dirty']);
    expect(renamed.stderr).toContain('stats: renamed=8');
    expect(renamed.code).toBe(0);
    expectRenamed(dir);
    expect(buildClean(dir)).toBe('0');
  });

  it('renames across npm-workspace links to unbuilt declarations, and --verify types checks the copy through its own links', () => {
    const dir = copyFixture();
    const base = JSON.parse(readFileSync(join(dir, 'tsconfig.base.json'), 'utf8')) as { compilerOptions: Record<string, unknown> };
    delete base.compilerOptions.paths;
    writeFileSync(join(dir, 'tsconfig.base.json'), JSON.stringify(base));
    // The usual project-references setup: packages export their built declarations (not built yet);
    // consumers must still see the sources (regression: the rename found 2 of 8 and exited 0).
    for (const name of ['core', 'ui', 'app']) {
      const manifest = join(dir, 'packages', name, 'package.json');
      const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as Record<string, unknown>;
      writeFileSync(manifest, JSON.stringify({ ...pkg, exports: { '.': { types: './dist/index.d.ts', default: './dist/index.js' } } }));
    }
    mkdirSync(join(dir, 'node_modules/@demo'), { recursive: true });
    for (const name of ['core', 'ui']) symlinkSync(`../../packages/${name}`, join(dir, 'node_modules/@demo', name), 'dir');
    // Regression: the check's copy linked node_modules whole, so @demo/core was the unchanged original.
    const renamed = cli(dir, [...RENAME, '--verify', 'types', '--write', '--allow-dirty']);
    expect(renamed.stderr).toContain('stats: renamed=8');
    expect(renamed.code).toBe(0);
    expectRenamed(dir);
    expect(buildClean(dir)).toBe('0');
  });

  it('--verify types on a solution-style root builds the references (tsc -p checked nothing)', () => {
    const dir = copyFixture();
    writeFileSync(
      join(dir, 'break.mjs'),
      `export default { id: 'break-one', title: 'Break one', description: 'Test pass.', needs: 'syntax',
        visit(ctx) { if (ctx.path.endsWith('button.ts')) ctx.edits.insertAfter(ctx.text.length, 'export const bad: number = "x";\\n'); } };\n`,
    );
    const result = cli(dir, ['run', './break.mjs', 'packages', '--verify', 'types', '--write', '--allow-dirty']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/button\.ts: break-one: refused by --verify types: the change adds 1 type error\(s\):\n  packages\/ui\/src\/button\.ts:\d+:\d+ TS2322/);
    expect(readFileSync(join(dir, 'packages/ui/src/button.ts'), 'utf8')).not.toContain('bad');
  });

  it('renames through a package.json exports subpath (@org/core/utils) over workspace links, then moves that folder: exports follow, tsc -b clean', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cm-mono-exports-'));
    temps.push(dir);
    cpSync(join(REPO, '__testfixtures__/move/monorepo-package-config/input'), dir, { recursive: true });
    // No `paths`: consumers resolve @org/core/utils through node_modules and the package's exports map.
    writeFileSync(
      join(dir, 'tsconfig.base.json'),
      JSON.stringify({ compilerOptions: { composite: true, strict: true, target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', skipLibCheck: true } }),
    );
    writeFileSync(
      join(dir, 'packages/app/src/main.ts'),
      "import { clamp } from '@org/core';\nimport { formatName } from '@org/core/utils';\n\nexport const label = formatName('Ada', 'Lovelace').slice(0, clamp(9, 0, 20));\n",
    );
    mkdirSync(join(dir, 'node_modules/@org'), { recursive: true });
    symlinkSync('../../packages/core', join(dir, 'node_modules/@org/core'), 'dir');

    const renamed = cli(dir, ['run', 'rename', '--option', 'symbol=packages/core/src/utils/format.ts#formatName', '--option', 'to=formatLabel', '--write', '--allow-dirty']);
    expect(renamed.stderr).toContain('stats: renamed=');
    expect(renamed.code).toBe(0);
    const main = readFileSync(join(dir, 'packages/app/src/main.ts'), 'utf8');
    expect(main).toContain("import { formatLabel } from '@org/core/utils';");
    expect(main).toContain("formatLabel('Ada', 'Lovelace')");

    const moved = cli(dir, ['run', 'move', '--option', 'from=packages/core/src/utils', '--option', 'to=packages/core/src/text', '--write', '--allow-dirty']);
    expect(moved.code).toBe(0);
    const manifest = JSON.parse(readFileSync(join(dir, 'packages/core/package.json'), 'utf8')) as { exports: Record<string, unknown> };
    expect(manifest.exports['./utils']).toEqual({
      types: './src/text/index.ts',
      import: { types: './dist/text/index.d.ts', default: './dist/text/index.js' },
      default: './dist/text/index.js',
    });
    expect(readFileSync(join(dir, 'packages/app/src/main.ts'), 'utf8')).toBe(main);
    expect(buildClean(dir)).toBe('0');
  });

  it('--shard i/n with a type-aware pass keeps each package whole on one shard', () => {
    const dir = copyFixture();
    for (const name of ['core', 'ui', 'app']) {
      writeFileSync(join(dir, `packages/${name}/src/pick.ts`), 'export function pick(options: { name: string } | undefined): { name: string } {\n  return options || { name: "-" };\n}\n');
    }
    const result = cli(dir, ['run', 'nullish-coalescing', 'packages', '--shard', '2/3', '--json']);
    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout) as { summary: { scanned: number }; files: { path: string }[] };
    // Three packages, three shards: one whole package each (its pick.ts and its other files).
    const packages = new Set(report.files.map((file) => file.path.split('/')[1]));
    expect(report.files).toHaveLength(1);
    expect(packages.size).toBe(1);
    const owned = { core: 3, ui: 3, app: 2 }[[...packages][0] as 'core' | 'ui' | 'app'];
    expect(report.summary.scanned).toBe(owned);

    // A project pass changes the whole project whatever the shard holds: refused, not run n times.
    const sharded = cli(dir, [...RENAME, '--shard', '1/2']);
    expect(sharded.code).toBe(2);
    expect(sharded.stderr).toContain('--shard: rename changes the whole project (a project pass); run it without --shard');
  });
});
