import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempProject } from '../../test/cli-helpers.js';
import { listProjects } from './project-list.js';
import { ProjectIndex, referenceOrder } from './projects.js';
import { workspacePackageDirs } from './workspaces.js';

const json = (value: unknown): string => JSON.stringify(value);

/** A solution-style root, options in a base config each package extends, npm workspaces. */
function monorepo(extra: Record<string, string> = {}): string {
  const pkg = (name: string, references: string[] = []): Record<string, string> => ({
    [`packages/${name}/package.json`]: json({ name: `@demo/${name}` }),
    [`packages/${name}/tsconfig.json`]: json({ extends: '../../tsconfig.base.json', include: ['src'], references: references.map((path) => ({ path })) }),
    [`packages/${name}/src/index.ts`]: 'export {};\n',
  });
  return tempProject({
    'package.json': json({ name: 'root', private: true, workspaces: ['packages/*'] }),
    'tsconfig.base.json': json({ compilerOptions: { strict: true, composite: true } }),
    'tsconfig.json': json({ files: [], references: [{ path: 'packages/app' }, { path: 'packages/core' }] }),
    ...pkg('core'),
    ...pkg('app', ['../core']),
    ...extra,
  });
}

describe('project discovery', () => {
  it('finds the owner of each file through a solution root, with options from the extended base', () => {
    const root = monorepo({
      // A package whose nearest tsconfig does not select a file: the next config up decides.
      'packages/core/scripts/build.ts': 'export {};\n',
      // A plain nested tsconfig inside a tree whose root config selects everything.
      'tools/tsconfig.json': json({ include: ['*.ts'], compilerOptions: { strict: false } }),
      'tools/gen.ts': 'export {};\n',
    });
    const index = new ProjectIndex(root);
    const core = index.ownerOf(join(root, 'packages/core/src/index.ts'));
    expect(core?.configPath).toBe(join(root, 'packages/core/tsconfig.json'));
    expect(core?.packageName).toBe('@demo/core');
    expect(core?.options.strict, 'options come through `extends`').toBe(true);
    expect(index.ownerOf(join(root, 'packages/app/src/index.ts'))?.references).toEqual([join(root, 'packages/core/tsconfig.json')]);
    expect(index.ownerOf(join(root, 'packages/core/scripts/build.ts')), 'selected by no project').toBeUndefined();
    expect(index.ownerOf(join(root, 'tools/gen.ts'))?.options.strict).toBe(false);
    const rootProject = index.load(join(root, 'tsconfig.json'));
    expect(rootProject.solution).toBe(true);
    expect(referenceOrder([index.load(join(root, 'packages/app/tsconfig.json')), index.load(join(root, 'packages/core/tsconfig.json'))]).map((p) => p.packageName)).toEqual([
      '@demo/core',
      '@demo/app',
    ]);
  });

  it('a tsconfig that cannot load owns the files below it, with its error', () => {
    const root = monorepo({ 'packages/core/tsconfig.json': json({ extends: '../../missing.json', include: ['src'] }) });
    const owner = new ProjectIndex(root).ownerOf(join(root, 'packages/core/src/index.ts'));
    expect(owner?.error).toMatch(/missing\.json/);
  });

  it('reads npm/yarn workspaces and pnpm-workspace.yaml, negations included', () => {
    const root = tempProject({
      'package.json': json({ workspaces: { packages: ['apps/*'] } }),
      'pnpm-workspace.yaml': "packages:\n  - 'libs/*'\n  - '!libs/skip'\n",
      'apps/web/package.json': '{}',
      'libs/a/package.json': '{}',
      'libs/skip/package.json': '{}',
      'libs/node_modules/x/package.json': '{}',
    });
    expect(workspacePackageDirs(root)).toEqual([join(root, 'apps/web'), join(root, 'libs/a')]);
  });

  it('lists projects: the root first, files owned, references, packages, files in no project', () => {
    const root = monorepo({ 'loose.ts': 'export {};\n', 'packages/extra/package.json': json({ name: '@demo/extra' }), 'packages/extra/tsconfig.json': json({ include: ['src'] }) });
    const files = ['packages/core/src/index.ts', 'packages/app/src/index.ts', 'loose.ts'].map((path) => join(root, path));
    expect(listProjects(root, files)).toEqual({
      projects: [
        { path: 'tsconfig.json', files: 0, references: ['packages/app/tsconfig.json', 'packages/core/tsconfig.json'], package: 'root', solution: true },
        { path: 'packages/app/tsconfig.json', files: 1, references: ['packages/core/tsconfig.json'], package: '@demo/app', solution: false },
        { path: 'packages/core/tsconfig.json', files: 1, references: [], package: '@demo/core', solution: false },
        // A workspace package no file of the run belongs to is listed too (found through `workspaces`).
        { path: 'packages/extra/tsconfig.json', files: 0, references: [], package: '@demo/extra', solution: false },
      ],
      ownerless: ['loose.ts'],
    });
  });
});
