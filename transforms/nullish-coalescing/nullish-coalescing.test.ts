import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defineFixtureTests } from '../../src/testing/index.js';
import { applyTypedPass } from '../../src/testing/fixtures.js';
import { pass } from './nullish-coalescing.js';

const fixtures = fileURLToPath(new URL('../../__testfixtures__', import.meta.url));
defineFixtureTests(pass, { dir: fixtures });

describe('nullish-coalescing refusals', () => {
  const dir = join(fixtures, pass.id);
  for (const file of readdirSync(dir).filter((name) => name.startsWith('refuse-') && name.includes('.input.'))) {
    it(`${file} warns why it was left alone`, async () => {
      const result = await applyTypedPass(pass, readFileSync(join(dir, file), 'utf8'), { path: join(dir, file) });
      expect(result.status).toBe('unchanged');
      expect(result.warnings.length).toBeGreaterThan(0);
    });
  }
});

describe('nullish-coalescing decisions', () => {
  it('names the type that makes || and ?? differ', async () => {
    const text = 'export function size(count: number | undefined): number {\n  return count || 10;\n}\n';
    const result = await applyTypedPass(pass, text, { path: 'size.ts' });
    expect(result.status).toBe('unchanged');
    expect(result.warnings).toEqual([
      {
        passId: 'nullish-coalescing',
        message: 'left alone: `count`: its type is number, which includes 0 and NaN (|| falls back for those, ?? would not)',
        line: 2,
        column: 10,
      },
    ]);
  });

  it('uses the narrowed type where the expression stands', async () => {
    const text = [
      'interface Options { depth: number }',
      'export function f(value: Options | string | undefined): Options {',
      "  if (typeof value === 'string') return { depth: 1 };",
      '  return value || { depth: 0 };',
      '}',
      '',
    ].join('\n');
    const result = await applyTypedPass(pass, text, { path: 'narrowed.ts' });
    expect(result.status === 'changed' && result.after).toContain('return value ?? { depth: 0 };');
  });
});
