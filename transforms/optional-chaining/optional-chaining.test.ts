import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defineFixtureTests } from '../../src/testing/index.js';
import { applyTypedPass } from '../../src/testing/fixtures.js';
import { pass } from './optional-chaining.js';

const fixtures = fileURLToPath(new URL('../../__testfixtures__', import.meta.url));
defineFixtureTests(pass, { dir: fixtures });

describe('optional-chaining refusals', () => {
  const dir = join(fixtures, pass.id);
  for (const file of readdirSync(dir).filter((name) => name.startsWith('refuse-') && name.includes('.input.'))) {
    it(`${file} warns why it was left alone`, async () => {
      const result = await applyTypedPass(pass, readFileSync(join(dir, file), 'utf8'), { path: join(dir, file) });
      expect(result.status).toBe('unchanged');
      expect(result.warnings.length).toBeGreaterThan(0);
    });
  }
});

describe('optional-chaining decisions', () => {
  const user = 'interface User { name: string }\n';

  it('explains the null/undefined difference when the value is used', async () => {
    const text = `${user}export const f = (u: User | null) => u && u.name;\n`;
    const result = await applyTypedPass(pass, text, { path: 'value.ts' });
    expect(result.status).toBe('unchanged');
    expect(result.warnings).toEqual([
      {
        passId: 'optional-chaining',
        message: 'left alone: `u` may be null: && would give null where ?. gives undefined, and the value is used',
        line: 2,
        column: 38,
      },
    ]);
  });

  it('treats the left side of || as a place where only truthiness counts', async () => {
    const text = `${user}export const f = (u: User | null) => (u && u.name) || 'anonymous';\n`;
    const result = await applyTypedPass(pass, text, { path: 'fallback.ts' });
    expect(result.status === 'changed' && result.after).toContain("(u?.name) || 'anonymous'");
  });

  it('keeps the value of a conditional branch observed', async () => {
    const text = `${user}export const f = (u: User | null, b: boolean) => (b ? u && u.name : '');\n`;
    const result = await applyTypedPass(pass, text, { path: 'branch.ts' });
    expect(result.status).toBe('unchanged');
  });
});

describe('optional-chaining without strictNullChecks', () => {
  it('assumes null is possible when types cannot show it', async () => {
    const text = 'interface User { name: string }\nexport const f = (u: User) => u && u.name;\nexport const g = (u: User) => !!(u && u.name);\n';
    const result = await applyTypedPass(pass, text, { path: 'loose.ts', compilerOptions: { strict: false } });
    expect(result.status === 'changed' && result.after).toBe(
      'interface User { name: string }\nexport const f = (u: User) => u && u.name;\nexport const g = (u: User) => !!(u?.name);\n',
    );
    expect(result.warnings.map((warning) => warning.line)).toEqual([2]);
  });
});
