import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defineProjectFixtureTests, runProjectPass } from '../../src/testing/index.js';
import { pass } from './replace-call.js';

const fixtures = fileURLToPath(new URL('../../__testfixtures__', import.meta.url));
defineProjectFixtureTests(pass, { dir: fixtures });

describe('replace-call through run()', () => {
  it('warns at the optional call it leaves alone and at nothing else', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cm-replace-call-'));
    try {
      cpSync(join(fixtures, 'replace-call/method-by-declaration/input'), dir, { recursive: true });
      const { results } = await runProjectPass(pass, dir, { target: 'src/store.ts#Store.get', template: '$receiver.read($args)' });
      const warnings = results.flatMap((result) => result.warnings.map((warning) => `${result.relativePath}:${warning.line}: ${warning.message}`));
      expect(warnings).toEqual(['src/use.ts:13: optional call of get left alone: the template has no place for ?.']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names what is missing when the target does not exist', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cm-replace-call-'));
    try {
      cpSync(join(fixtures, 'replace-call/method-by-declaration/input'), dir, { recursive: true });
      const { results } = await runProjectPass(pass, dir, { target: 'src/store.ts#Store.fetch', template: '$receiver.read($args)' });
      expect(results.map((result) => (result.status === 'failed' ? result.error.message : result.status))).toContain('target: Store has no member fetch');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
