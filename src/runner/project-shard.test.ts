import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { selectProjectShard } from './project-shard.js';

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'cm-pshard-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const config = JSON.stringify({ compilerOptions: { strict: true }, include: ['src'] });

describe('selectProjectShard', () => {
  it('puts whole projects on shards, largest first to the least loaded, and hashes files in no project', () => {
    // Sizes: a 900 bytes (1 file), b 600 (2 files), c 500, d 300, e 100. No tsconfig at the root:
    // packages with their own still make a monorepo (regression: that was one Project, default options).
    const sizes = { a: [900], b: [300, 300], c: [500], d: [300], e: [100] };
    const files: Record<string, string> = { 'package.json': JSON.stringify({ workspaces: ['packages/*'] }), 'loose/x.ts': 'x', 'loose/y.ts': 'y' };
    for (const [name, parts] of Object.entries(sizes)) {
      files[`packages/${name}/tsconfig.json`] = config;
      files[`packages/${name}/package.json`] = JSON.stringify({ name });
      parts.forEach((size, i) => (files[`packages/${name}/src/f${i}.ts`] = 'x'.repeat(size)));
    }
    const root = tree(files);
    try {
      const all = Object.keys(files).filter((path) => path.endsWith('.ts')).map((path) => join(root, path));
      const relativeOf = (file: string): string => relative(root, file).split('\\').join('/');
      const shards = [1, 2].map((index) => selectProjectShard(root, all, { index, count: 2 }, { relativeOf }).map(relativeOf));
      const packagesOf = (paths: string[]): string[] => [...new Set(paths.filter((p) => p.startsWith('packages/')).map((p) => p.split('/')[1]!))];
      // Loads: a 900 → shard 1; b 600 → 2; c 500 → 2 (600 < 900: 1100); d 300 → 1 (900 < 1100: 1200); e 100 → 2 (1100 < 1200).
      expect(packagesOf(shards[0]!)).toEqual(['a', 'd']);
      expect(packagesOf(shards[1]!)).toEqual(['b', 'c', 'e']);
      expect([...shards[0]!, ...shards[1]!].sort()).toEqual(all.map(relativeOf).sort());
      expect(shards[0]!.filter((path) => shards[1]!.includes(path))).toEqual([]);
      // Any other machine computes the same split.
      expect(selectProjectShard(root, [...all].reverse(), { index: 1, count: 2 }, { relativeOf }).map(relativeOf).sort()).toEqual([...shards[0]!].sort());
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('splits a single-project tree by file, as syntax runs do', () => {
    const root = tree({ 'tsconfig.json': config, 'src/a.ts': 'a', 'src/b.ts': 'b', 'src/c.ts': 'c', 'src/d.ts': 'd' });
    try {
      const all = ['a', 'b', 'c', 'd'].map((name) => join(root, `src/${name}.ts`));
      const relativeOf = (file: string): string => relative(root, file);
      const sizes = [1, 2, 3].map((index) => selectProjectShard(root, all, { index, count: 3 }, { relativeOf }).length);
      expect(sizes.reduce((a, b) => a + b)).toBe(4);
      expect(Math.max(...sizes)).toBeLessThan(4);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
