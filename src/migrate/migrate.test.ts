import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../workspace/config.js';
import { findInstalled } from './installed.js';
import type { Migration } from './manifest.js';
import { parsePackageSpec } from './plan.js';
import { restyle, updateDependencyRange } from './range.js';
import { selectMigrations, toVersion } from './select.js';

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'cm-migrate-'));
  temps.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const at = (...versions: string[]): Migration[] => versions.map((version) => ({ version, description: version, transforms: [] }));
const versionsOf = (migrations: readonly Migration[]): string[] => migrations.map((migration) => migration.version);

describe('selectMigrations', () => {
  const all = at('3.0.0', '1.0.0', '2.0.0', '2.0.0-beta.1', '1.1.0', '2.0.0-beta.2', '1.0.1');

  it('runs versions above the installed one up to the target, in version order', () => {
    expect(versionsOf(selectMigrations(all, '1.0.0', '2.0.0', 'lib'))).toEqual(['1.0.1', '1.1.0', '2.0.0-beta.1', '2.0.0-beta.2', '2.0.0']);
  });

  it('orders prereleases before their release, and stops at a prerelease target', () => {
    expect(versionsOf(selectMigrations(all, '1.1.0', '2.0.0-beta.1', 'lib'))).toEqual(['2.0.0-beta.1']);
    expect(versionsOf(selectMigrations(all, '2.0.0-beta.1', '2.0.0', 'lib'))).toEqual(['2.0.0-beta.2', '2.0.0']);
  });

  it('runs nothing at the same version, and refuses a target older than the installed one', () => {
    expect(selectMigrations(all, '2.0.0', '2.0.0', 'lib')).toEqual([]);
    expect(() => selectMigrations(all, '2.0.0', '1.1.0', 'lib')).toThrow('lib: the target version 1.1.0 is older than the installed 2.0.0');
  });

  it('reads ranges as their lowest version', () => {
    expect(['1.2.3', 'v1.2.3', '^1.2.0', '~2.1.0', '>=3', '2.x', 'latest'].map(toVersion)).toEqual(['1.2.3', '1.2.3', '1.2.0', '2.1.0', '3.0.0', '2.0.0', undefined]);
  });
});

describe('package.json ranges', () => {
  it('keep their style', () => {
    expect(['^1.0.0', '~1.0.0', '1.0.0', '=1.0.0', '>=1.0.0', '*', 'workspace:^1.0.0'].map((range) => restyle(range, '2.1.0'))).toEqual([
      '^2.1.0', '~2.1.0', '2.1.0', '=2.1.0', undefined, undefined, undefined,
    ]);
  });

  it('change only the range characters, in every section that lists the package', () => {
    const text = '{\n    "dependencies": { "lib": "^1.0.0", "other-lib": "^1.0.0" },\n    "devDependencies": {\n        "lib": "~1.0.0"\n    }\n}';
    expect(updateDependencyRange(text, 'lib', '2.0.0')).toEqual({
      text: '{\n    "dependencies": { "lib": "^2.0.0", "other-lib": "^1.0.0" },\n    "devDependencies": {\n        "lib": "~2.0.0"\n    }\n}',
    });
    expect(updateDependencyRange('{"dependencies":{"lib":"github:me/lib"}}', 'lib', '2.0.0')).toEqual({
      note: 'dependencies: "github:me/lib" left as it is (not a ^, ~ or exact version)',
    });
  });
});

describe('installed versions and package specs', () => {
  it('come from node_modules first, then package-lock.json, yarn.lock or pnpm-lock.yaml', () => {
    const installed = project({ 'node_modules/lib/package.json': '{"name":"lib","version":"1.2.0"}', 'package-lock.json': '{"packages":{"node_modules/lib":{"version":"1.0.0"}}}' });
    expect(findInstalled(installed, 'lib')).toMatchObject({ version: '1.2.0', source: 'node_modules/lib/package.json' });
    const npm = project({ 'package-lock.json': '{"lockfileVersion":3,"packages":{"node_modules/@scope/lib":{"version":"1.0.0"}}}' });
    expect(findInstalled(npm, '@scope/lib')).toEqual({ version: '1.0.0', source: 'package-lock.json' });
    const yarn = project({ 'yarn.lock': 'other@^1.0.0:\n  version "9.9.9"\n\nlib@^1.0.0, lib@^1.1.0:\n  version "1.1.4"\n  resolved "x"\n' });
    expect(findInstalled(yarn, 'lib')).toEqual({ version: '1.1.4', source: 'yarn.lock' });
    expect(findInstalled(yarn, 'missing')).toBeUndefined();
    const pnpm = project({ 'pnpm-lock.yaml': "lockfileVersion: '9.0'\nimporters:\n  .:\n    dependencies:\n      lib:\n        specifier: ^1.0.0\n        version: 1.3.0(react@18.2.0)\n" });
    expect(findInstalled(pnpm, 'lib')).toEqual({ version: '1.3.0', source: 'pnpm-lock.yaml' });
    const pnpm5 = project({ 'pnpm-lock.yaml': 'lockfileVersion: 5.4\ndependencies:\n  lib: 1.0.2\n' });
    expect(findInstalled(pnpm5, 'lib')).toEqual({ version: '1.0.2', source: 'pnpm-lock.yaml' });
  });

  it('split name and version, scoped names included', () => {
    expect(['lib', 'lib@2.0.0', '@scope/lib', '@scope/lib@^2', 'lib@file:../lib.tgz'].map(parsePackageSpec)).toEqual([
      { name: 'lib' },
      { name: 'lib', version: '2.0.0' },
      { name: '@scope/lib' },
      { name: '@scope/lib', version: '^2' },
      { name: 'lib', version: 'file:../lib.tgz' },
    ]);
  });
});

describe('a library running codemorph on itself', () => {
  it('does not read its package.json declarations (migrations, a generators list) as config', async () => {
    const root = project({
      'package.json': JSON.stringify({ name: 'lib', codemorph: { migrations: './migrations.json', generators: './generators.json', paths: ['src'] } }),
    });
    expect((await loadConfig(root)).config).toEqual({ paths: ['src'] });
  });
});
