import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tscBinary } from '../src/verify/tsc.js';
import { cli, REPO } from './cli-helpers.js';

/** minimist 1.2.8 as published (MIT, its LICENSE beside it), with its own tape test suite. */
const MINIMIST = join(REPO, '__testfixtures__/js-to-ts-e2e/minimist');

interface Report {
  readonly files: readonly { path: string; operation?: string; stats?: Record<string, number> }[];
  readonly summary: { stats: Record<string, number> };
}

describe('codemorph run js-to-ts on a real package', () => {
  it('migrates minimist: every file renamed, a tsconfig created, tsc clean, and its own tests pass compiled', () => {
    const root = mkdtempSync(join(tmpdir(), 'cm-js-to-ts-'));
    cpSync(MINIMIST, root, { recursive: true });
    // tape itself is not vendored: a shim of the part of its API the tests use, over node:test.
    mkdirSync(join(root, 'node_modules/tape'), { recursive: true });
    cpSync(join(REPO, 'test/js-to-ts/tape-shim.cjs'), join(root, 'node_modules/tape/index.js'));

    const run = cli(root, ['run', 'js-to-ts', '--write', '--verify', 'types', '--json', '--no-progress']);
    expect(run.stderr).toContain(' 0 failed');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as Report;
    const operations = Object.fromEntries(report.files.map((file) => [file.path, file.operation]));
    expect(operations['index.ts']).toBe('move');
    expect(operations['tsconfig.json']).toBe('create');
    expect(Object.values(operations).filter((operation) => operation === 'move')).toHaveLength(16);
    // Counted where they were added, and in total.
    const index = report.files.find((file) => file.path === 'index.ts')!;
    expect(index.stats?.any).toBeGreaterThan(0);
    const total = report.summary.stats;
    expect(total).toMatchObject({ 'tsconfig created': 1, any: expect.any(Number) });
    const perFile = (name: string): number => report.files.reduce((sum, file) => sum + (file.stats?.[name] ?? 0), 0);
    expect([perFile('any'), perFile('suppressions')]).toEqual([total.any, total.suppressions ?? 0]);
    // Every error left is fixed where it starts (an `any`, a `?`): no @ts-expect-error comment remains.
    expect(total.suppressions).toBeUndefined();
    expect(total['files renamed']).toBe(16);
    expect(existsSync(join(root, 'index.js'))).toBe(false);
    expect(readFileSync(join(root, 'tsconfig.json'), 'utf8')).not.toContain('allowJs');
    expect(readFileSync(join(root, 'index.ts'), 'utf8')).not.toMatch(/@ts-nocheck|@ts-ignore/);
    // tape has no types: it gets a declaration from how the tests use it, so nothing says it has none
    // and the callbacks' `t` has a type.
    expect(operations['types/tape.d.ts']).toBe('create');
    expect([total['declarations.modules'], total['declarations.members']]).toEqual([1, 6]);
    expect(readFileSync(join(root, 'types/tape.d.ts'), 'utf8')).toMatch(/declare module 'tape' \{[^]*export = test;[^]*interface Test \{/);
    const tests = readdirSync(join(root, 'test')).map((name) => readFileSync(join(root, 'test', name), 'utf8')).join('\n');
    expect(tests).not.toMatch(/Could not find a declaration file|function \(t: any\)/);

    // The package's own compiler run and its own tests, against the compiled output (dist/).
    const tsc = spawnSync(tscBinary(), ['-p', '.'], { cwd: root, encoding: 'utf8' });
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
    // One process for all test files (node --test would start one per file).
    const files = readdirSync(join(root, 'dist/test')).filter((name) => name.endsWith('.js'));
    const script = `for (const f of ${JSON.stringify(files)}) require('./dist/test/' + f);`;
    const own = spawnSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8' });
    expect(own.stdout).toContain('# pass 61');
    expect(own.stdout).toContain('# fail 0');
    expect(own.status).toBe(0);
    // Importers load the package by its name: package.json's main now names the compiled file.
    expect(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).main).toBe('dist/index.js');
    const importer = spawnSync(process.execPath, ['-e', `console.log(JSON.stringify(require(${JSON.stringify(root)})(['--a', 'b'])))`], { encoding: 'utf8' });
    expect(importer.stdout.trim()).toBe('{"_":[],"a":"b"}');
  });
});
