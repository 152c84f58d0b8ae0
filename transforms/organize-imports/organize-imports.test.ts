import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defineProjectFixtureTests, runProjectPass } from '../../src/testing/index.js';
import { pass } from './organize-imports.js';

const fixtures = fileURLToPath(new URL('../../__testfixtures__', import.meta.url));
defineProjectFixtureTests(pass, { dir: fixtures });

describe('organize-imports side-effect imports', () => {
  it('leaves a file alone, with a warning, when sorting would cross a side-effect import', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cm-organize-'));
    try {
      cpSync(join(fixtures, 'organize-imports/basic/input'), dir, { recursive: true });
      const { results } = await runProjectPass(pass, dir);
      const boot = results.find((result) => result.relativePath === 'src/boot.ts')!;
      expect(boot.status).toBe('unchanged');
      expect(boot.warnings.map((warning) => warning.message)).toEqual([
        "imports left as they are: organizing would move imports across the side-effect import './polyfill.js', which can change what runs first",
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
