import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { looksLikeSmallRun } from './early-prefetch.js';

const cwd = mkdtempSync(join(tmpdir(), 'cm-early-'));
for (const name of ['a.js', 'b.ts', 'pass.ts']) writeFileSync(join(cwd, name), '');
mkdirSync(join(cwd, 'src'));
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

describe('looksLikeSmallRun (bin/ reads TypeScript ahead before the real parser runs)', () => {
  it.each([
    ['run var-to-let-const a.js --check --no-cache', true],
    ['run ./pass.ts a.js b.ts', true],
    ['run a,b --option x=1 a.js --parser tsx --jobs 1', true],
    ['run a --jobs=1 a.js', true],
    ['run modernize --staged --check', true],
    ['run modernize --changed-since main', true],
    ["rewrite --pattern void_0 --to undefined a.js", true],
    ['run a --jobs 2 a.js', false],
    ['run a -j 4 a.js', false],
    ['run a --jobs=3 a.js', false],
    ['run a src', false],
    ['run a a.js src', false],
    ['run a missing.js', false],
    ['run a "src/**/*.js"', false],
    ['run a', false],
    ['run a -- a.js', false],
    ['rewrite --pattern x src', false],
    ['--version', false],
    ['list', false],
    ['search --pattern x a.js', false],
  ])('%s: %s', (line, expected) => {
    const argv = line.split(' ').map((arg) => arg.replace(/^"|"$/g, ''));
    expect(looksLikeSmallRun(cwd, argv)).toBe(expected);
  });

  it('no for more files than a run keeps on its main thread', () => {
    const many = Array.from({ length: 32 }, (_, index) => `f${index}.js`);
    for (const name of many) writeFileSync(join(cwd, name), '');
    expect(looksLikeSmallRun(cwd, ['run', 'a', ...many.slice(0, 31)])).toBe(true);
    expect(looksLikeSmallRun(cwd, ['run', 'a', ...many])).toBe(false);
  });
});
