import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defineProjectFixtureTests, runProjectPass } from '../../src/testing/index.js';
import { pass } from './change-import.js';

const fixtures = fileURLToPath(new URL('../../__testfixtures__', import.meta.url));
defineProjectFixtureTests(pass, { dir: fixtures });

describe('change-import warnings', () => {
  it('warns at namespace uses and re-exports it leaves alone', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cm-change-import-'));
    try {
      cpSync(join(fixtures, 'change-import/merge-and-replace/input'), dir, { recursive: true });
      writeFileSync(join(dir, 'src/ns.ts'), "import * as http from './legacy/http.js';\n\nexport const get = (url: string) => http.fetchJson(url);\n");
      writeFileSync(join(dir, 'src/barrel.ts'), "export { fetchJson } from './legacy/http.js';\n");
      const { results } = await runProjectPass(pass, dir, { name: 'fetchJson', from: 'src/legacy/http.ts', to: 'src/net/client.ts', as: 'request' });
      const warnings = results.flatMap((result) => result.warnings.map((warning) => `${result.relativePath}: ${warning.message}`));
      expect(warnings.sort()).toEqual([
        'src/barrel.ts: re-export of fetchJson from src/legacy/http.ts left alone: change-import moves imports only',
        'src/ns.ts: http.fetchJson left alone: change-import moves named imports, not namespace members',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
