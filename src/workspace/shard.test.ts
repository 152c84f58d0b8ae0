import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, git, gitInit, REPO, tempProject } from '../../test/cli-helpers.js';
import { parseShard, pathHash, selectShard, shardOf } from './shard.js';

const VAR_PASS = join(REPO, 'dist', 'transforms', 'var-to-let-const', 'var-to-let-const.js');

describe('shard selection', () => {
  it('parses i/n and rejects what is not a slice', () => {
    expect(parseShard('2/8')).toEqual({ index: 2, count: 8 });
    for (const bad of ['0/4', '5/4', '1/0', '1', 'a/b', '-1/2']) expect(() => parseShard(bad)).toThrow(/--shard/);
  });

  it('places a path by its own hash: stable, and unmoved when other files come and go', () => {
    // FNV-1a reference values, so a change of hash (which would reshuffle every CI shard) fails here.
    expect(pathHash('')).toBe(0x811c9dc5);
    expect(pathHash('a')).toBe(0xe40c292c);
    const paths = Array.from({ length: 200 }, (_, i) => `packages/p${i % 7}/src/file-${i}.ts`);
    const before = paths.map((path) => shardOf(path, 4));
    const fewer = selectShard(paths.slice(50), { index: 3, count: 4 }, (path) => path);
    expect(fewer).toEqual(paths.slice(50).filter((_, i) => before[i + 50] === 3));
    const sizes = [1, 2, 3, 4].map((index) => before.filter((shard) => shard === index).length);
    expect(Math.min(...sizes)).toBeGreaterThan(25); // roughly even
  });
});

describe('--shard on the CLI', () => {
  it('splits real code into disjoint shards that cover every file, and their patches apply together', { timeout: 240_000 }, () => {
    const realCode = (): string => {
      const dir = tempProject({});
      cpSync(join(REPO, 'node_modules', 'recast', 'lib'), join(dir, 'lib'), { recursive: true, filter: (p) => !p.endsWith('.d.ts') });
      cpSync(join(REPO, 'node_modules', 'jscodeshift', 'src'), join(dir, 'src'), { recursive: true });
      gitInit(dir);
      return dir;
    };
    const dir = realCode();
    // A pass that notes every file it sees, so --json lists all of them (not only changed ones).
    // It runs beside the codemod, so that each shard's one run both lists its files and writes its patch.
    const tools = mkdtempSync(join(tmpdir(), 'cm-tools-'));
    const seenPass = join(tools, 'seen.mjs');
    writeFileSync(seenPass, "export default { id: 'seen', title: 'Seen', description: 'Notes each file.', needs: 'syntax', visit(ctx) { ctx.warn('seen'); } };\n");
    const passes = `${VAR_PASS},${seenPass}`;
    const listed = (cwd: string, args: string[]): string[] => {
      const run = cli(cwd, ['run', passes, '--json', ...args]);
      expect(run.code, run.stderr).toBe(0);
      return (JSON.parse(run.stdout) as { files: { path: string }[] }).files.map((file) => file.path);
    };

    // The same codemod unsharded, written in place on a twin checkout: every file, and the files to compare with.
    const twin = realCode();
    const everyFile = listed(twin, ['--write']).sort();
    expect(everyFile.length).toBeGreaterThan(15);
    expect(git(twin, 'diff', '--stat')).not.toBe('');

    const out = mkdtempSync(join(tmpdir(), 'cm-shards-'));
    const seen: string[] = [];
    for (const index of [1, 2, 3]) {
      const files = listed(dir, ['--shard', `${index}/3`, '--patch', join(out, `shard-${index}.patch`)]);
      expect(files.length).toBeGreaterThan(0);
      seen.push(...files);
    }
    expect(seen.sort()).toEqual(everyFile); // disjoint (no duplicates) and complete

    const patches = readdirSync(out).sort().map((name) => join(out, name));
    git(dir, 'apply', '--check', ...patches);
    git(dir, 'apply', ...patches);
    for (const path of everyFile) expect(readFileSync(join(dir, path), 'utf8')).toBe(readFileSync(join(twin, path), 'utf8'));
  });
});
