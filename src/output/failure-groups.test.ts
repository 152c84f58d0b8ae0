import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NOT_IN_PROJECT } from '../core/errors.js';
import type { FileResult } from '../core/result.js';
import { FailureGroups, isPlacementFailure } from './failure-groups.js';

const failed = (path: string, message: string): FileResult => ({
  path,
  relativePath: path,
  status: 'failed',
  error: { kind: 'usage', message, passId: 'rename' },
  warnings: [],
  stats: {},
});

describe('FailureGroups', () => {
  it('groups placement failures by package folder, pass and message; a group of one keeps its file line', () => {
    const root = mkdtempSync(join(tmpdir(), 'cm-groups-'));
    try {
      mkdirSync(join(root, 'packages/legacy/src/deep'), { recursive: true });
      writeFileSync(join(root, 'packages/legacy/package.json'), '{}');
      mkdirSync(join(root, 'scripts'));
      const groups = new FailureGroups(root);
      const cannotLoad = 'packages/broken/tsconfig.json: cannot load: File not found';
      const results = [
        failed(join(root, 'packages/legacy/src/a.ts'), NOT_IN_PROJECT),
        failed(join(root, 'packages/legacy/src/deep/b.ts'), NOT_IN_PROJECT),
        failed(join(root, 'scripts/x.ts'), NOT_IN_PROJECT),
        failed(join(root, 'packages/broken/src/a.ts'), cannotLoad),
        failed(join(root, 'packages/broken/src/b.ts'), cannotLoad),
        failed(join(root, 'src/a.ts'), 'rename: something else'),
      ];
      for (const result of results) if (isPlacementFailure(result)) groups.add(result);
      expect(groups.lines((path) => relative(root, path))).toEqual([
        `packages/: rename: 2 files: ${cannotLoad} (--verbose lists them)`,
        `packages/legacy/: rename: no tsconfig project selects these 2 files (see codemorph projects); not checked (--verbose lists them)`,
        `scripts/x.ts: rename: ${NOT_IN_PROJECT}`,
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
