import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defineProjectFixtureTests, runProjectPass } from '../../src/testing/index.js';
import { tscBinary } from '../../src/verify/tsc.js';
import { pass } from './move.js';

const fixtures = fileURLToPath(new URL('../../__testfixtures__', import.meta.url));
defineProjectFixtureTests(pass, { dir: fixtures });

function project(fixture: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'cm-move-'));
  cpSync(join(fixtures, fixture, 'input'), dir, { recursive: true });
  return dir;
}

const failures = (results: readonly { status: string }[]): string[] =>
  results.flatMap((result) => ('error' in result ? [(result as { error: { message: string } }).error.message] : []));

describe('move', () => {
  it('refuses to move onto an existing file and changes nothing', async () => {
    const dir = project('move/esm-folder-with-aliases');
    try {
      mkdirSync(join(dir, 'src/core/lib'), { recursive: true });
      writeFileSync(join(dir, 'src/core/lib/math.ts'), 'export {};\n');
      const { results } = await runProjectPass(pass, dir, { from: 'src/lib', to: 'src/core/lib' });
      expect(failures(results)).toEqual(['move: src/core/lib/math.ts already exists']);
      expect(results.filter((result) => result.status === 'changed')).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('moves one file into a folder, reporting it once as a move with its edited imports', async () => {
    const dir = project('move/esm-folder-with-aliases');
    try {
      const { results, tree } = await runProjectPass(pass, dir, { from: 'src/lib/strings/pad.ts', to: 'src/text/' });
      const pad = results.filter((result) => result.path.endsWith('pad.ts'));
      expect(pad.map((result) => [result.relativePath, result.status === 'changed' && result.operation])).toEqual([['src/text/pad.ts', 'move']]);
      expect(tree.get('src/text/pad.ts')).toContain("import { PAD_CHAR } from '../config.js';\nimport type { Vec } from '../lib/math.js';");
      expect(tree.get('src/lib/index.ts')).toContain("export { padLeft } from '../text/pad.js';");
      expect(tree.get('src/app/main.ts')).toContain("import { describe } from '@/text/pad.js';");
      expect(tree.has('src/lib/strings/pad.ts')).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('moves a binary asset with the folder byte for byte', async () => {
    const dir = project('move/bundler-index-json-require');
    try {
      const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff, 0xfe, 0x80, 0xc3, 0x28]);
      writeFileSync(join(dir, 'src/components/Button/icon.png'), png);
      await runProjectPass(pass, dir, { from: 'src/components/Button', to: 'src/ui/button' });
      expect(readFileSync(join(dir, 'src/ui/button/icon.png')).equals(png)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('warns when a workspace package folder moves (its workspaces pattern and links are not edited)', async () => {
    const dir = project('move/monorepo-project-folder');
    try {
      const { results } = await runProjectPass(pass, dir, { from: 'packages/ui', to: 'libs/widgets/ui' });
      const manifest = results.find((result) => result.relativePath === 'libs/widgets/ui/package.json');
      expect(manifest?.warnings.map((warning) => warning.message)).toEqual([
        'workspace package packages/ui moves to libs/widgets/ui: check that the workspaces patterns cover it, and reinstall so node_modules links point at it',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("leaves the monorepo fixtures' expected outputs building with their own tsc -b (one build over both)", () => {
    const dir = mkdtempSync(join(tmpdir(), 'cm-move-build-'));
    try {
      const cases = ['monorepo-package-config', 'monorepo-project-folder'];
      for (const name of cases) cpSync(join(fixtures, 'move', name, 'output'), join(dir, name), { recursive: true });
      writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ files: [], references: cases.map((name) => ({ path: name })) }));
      const build = spawnSync(process.execPath, [tscBinary(), '-b', '--pretty', 'false'], { cwd: dir, encoding: 'utf8' });
      expect(`${build.status} ${build.stdout}${build.stderr}`.trim()).toBe('0');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
