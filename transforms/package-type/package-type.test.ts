import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defineProjectFixtureTests } from '../../src/testing/index.js';
import { pass, topLevelEntries } from './package-type.js';

defineProjectFixtureTests(pass, { dir: fileURLToPath(new URL('../../__testfixtures__', import.meta.url)) });

describe('topLevelEntries', () => {
  it('finds top-level keys and their value ranges, skipping nested objects and strings with braces', () => {
    const text = '{\n  "name": "a,}b",\n  "nested": { "type": "x", "list": [1, {"y": 2}] },\n  "version": "1.0.0",\n  "n": 3\n}\n';
    const entries = topLevelEntries(text);
    expect(entries.map((entry) => [entry.key, text.slice(entry.valueStart, entry.valueEnd)])).toEqual([
      ['name', '"a,}b"'],
      ['nested', '{ "type": "x", "list": [1, {"y": 2}] }'],
      ['version', '"1.0.0"'],
      ['n', '3'],
    ]);
  });
});
