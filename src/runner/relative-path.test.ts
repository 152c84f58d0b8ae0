import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { relativePath } from './file-runtime.js';

describe('relativePath', () => {
  it('answers as path.relative does, cutting the prefix only of normalized paths under a normalized root', () => {
    const cases: Array<[string, string]> = [
      ['/r', '/r/a/b.ts'],
      ['/r', '/r/a//b.ts'],
      ['/r', '/r/./a.ts'],
      ['/r', '/r/a/../b.ts'],
      ['/r', '/r/.hidden/a.ts'],
      ['/r', '/r/..a/b.ts'],
      ['/r', '/r'],
      ['/r', '/rx/a.ts'],
      ['/r', '/other/a.ts'],
      ['/r/', '/r/a.ts'],
      ['/r/x/..', '/r/a.ts'],
      ['/', '/a.ts'],
    ];
    for (const [root, path] of cases) expect(relativePath(root, path), `${root} ${path}`).toBe(relative(root, path));
  });
});
