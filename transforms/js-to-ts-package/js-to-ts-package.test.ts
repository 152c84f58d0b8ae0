import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defineProjectFixtureTests } from '../../src/testing/index.js';
import { compiledEntry, pass } from './js-to-ts-package.js';

defineProjectFixtureTests(pass, { dir: fileURLToPath(new URL('../../__testfixtures__', import.meta.url)) });

describe('compiledEntry', () => {
  const sources = new Set(['/pkg/index.ts', '/pkg/src/app.tsx', '/pkg/src/util/index.ts', '/pkg/legacy.js', '/pkg/src/esm.mts']);
  const layout = { packageDir: '/pkg', outDir: '/pkg/dist', rootDir: '/pkg', has: (path: string) => sources.has(path) };

  it('names the compiled file, written as the entry was', () => {
    expect(compiledEntry('index.js', layout)).toBe('dist/index.js');
    expect(compiledEntry('./index.js', layout)).toBe('./dist/index.js');
    expect(compiledEntry('index', layout)).toBe('dist/index');
    expect(compiledEntry('./src/util', layout)).toBe('./dist/src/util'); // a folder's index.js
    expect(compiledEntry('src/app.js', layout)).toBe('dist/src/app.js'); // .tsx (JSX) compiles to .js
    expect(compiledEntry('src/esm.mjs', layout)).toBe('dist/src/esm.mjs');
  });

  it('leaves what is still JavaScript, other packages, URLs and files outside the compiled folder', () => {
    expect(compiledEntry('legacy.js', layout)).toBeUndefined();
    expect(compiledEntry('missing.js', layout)).toBeUndefined();
    expect(compiledEntry('../other/index.js', layout)).toBeUndefined();
    expect(compiledEntry('https://example.com/x.js', layout)).toBeUndefined();
    expect(compiledEntry('index.js', { ...layout, rootDir: '/pkg/src' })).toBeUndefined();
  });
});
