import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defineFixtureTests } from '../../src/testing/index.js';
import { applyTypedPass, typeErrorMessages } from '../../src/testing/fixtures.js';
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

  it('places warnings right in CRLF files (the checker sees LF text)', async () => {
    const text = '// one\r\n// two\r\nexport const f = (n: number | undefined) => n || 1;\r\n';
    const result = await applyTypedPass(pass, text, { path: 'crlf-warning.ts' });
    expect(result.warnings.map(({ line, column }) => ({ line, column }))).toEqual([{ line: 3, column: 45 }]);
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

describe('typed fixture harness', () => {
  it('reports the type errors a rewrite could add', () => {
    const good = 'export const f = (o: { a: number } | undefined) => o || { a: 1 };\n';
    const bad = 'export const n: string | null = (undefined as { a: string } | undefined)?.a;\n';
    expect(typeErrorMessages(good, 'good.ts')).toEqual([]);
    expect(typeErrorMessages(bad, 'bad.ts')).toEqual([
      "Type 'string | undefined' is not assignable to type 'string | null'.\n  Type 'undefined' is not assignable to type 'string | null'.",
    ]);
  });
});
