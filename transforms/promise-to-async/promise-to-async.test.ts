import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defineFixtureTests } from '../../src/testing/index.js';
import { applyTypedPass } from '../../src/testing/fixtures.js';
import { pass } from './promise-to-async.js';

const fixtures = fileURLToPath(new URL('../../__testfixtures__', import.meta.url));
defineFixtureTests(pass, { dir: fixtures });

describe('promise-to-async refusals', () => {
  const dir = join(fixtures, pass.id);
  for (const file of readdirSync(dir).filter((name) => name.startsWith('refuse-') && name.includes('.input.'))) {
    it(`${file} warns why it was left alone`, async () => {
      const result = await applyTypedPass(pass, readFileSync(join(dir, file), 'utf8'), { path: join(dir, file) });
      expect(result.status).toBe('unchanged');
      expect(result.warnings.length).toBeGreaterThan(0);
    });
  }
});

describe('promise-to-async decisions', () => {
  it('names the receiver that is not a standard Promise', async () => {
    const text = [
      'interface Query<T> { then<R>(f: (value: T) => R): Query<R> }',
      'declare function query(sql: string): Query<number>;',
      "export function count() {\n  return query('select 1').then((rows) => rows + 1);\n}",
      '',
    ].join('\n');
    const result = await applyTypedPass(pass, text, { path: 'query.ts' });
    expect(result.status).toBe('unchanged');
    expect(result.warnings).toEqual([
      {
        passId: 'promise-to-async',
        message: "left alone: `query('select 1')` is not known to be a standard Promise",
        line: 4,
        column: 10,
      },
    ]);
  });

  it('awaits a step value that may be a promise and not one that cannot', async () => {
    const text = [
      'declare function load(): Promise<string>;',
      'declare function save(text: string): Promise<number>;',
      'export function run(): Promise<number> {',
      '  return load().then((text) => text.trim()).then((trimmed) => save(trimmed)).then((id) => id + 1);',
      '}',
      '',
    ].join('\n');
    const result = await applyTypedPass(pass, text, { path: 'steps.ts' });
    expect(result.status === 'changed' && result.after).toContain(
      '  const text = await load();\n  const trimmed = text.trim();\n  const id = await save(trimmed);\n  return id + 1;\n',
    );
  });
});
