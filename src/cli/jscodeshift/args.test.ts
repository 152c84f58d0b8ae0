import { describe, expect, it } from 'vitest';
import { ignoreGlobs } from '../commands/jscodeshift.js';
import { parseJscodeshiftArgs } from './args.js';

describe('parseJscodeshiftArgs: jscodeshift 17\'s reading of its command line', () => {
  it('reads its own flags, abbreviations, = and space-separated values, and defaults', () => {
    const { options, positional } = parseJscodeshiftArgs(['-t', 'x.js', '-d', '-p', '--cpus=3', '-v', '2', 'src', 'lib', '--extensions', 'js,ts']);
    expect(positional).toEqual(['src', 'lib']);
    expect(options).toMatchObject({ transform: 'x.js', dry: true, print: true, cpus: 3, verbose: 2, extensions: 'js,ts', parser: 'babel', runInBand: false });
    expect(parseJscodeshiftArgs(['a']).options).toMatchObject({ transform: './transform.js', extensions: 'cjs,es6,js,jsx,mjs,ts,tsx', ignorePattern: [] });
    expect(parseJscodeshiftArgs(['--no-dry', '--dry=1', 'a']).options.dry).toBe(true);
  });

  it('passes unknown options along: values as JSON when they are JSON, repeats as lists, flags before options', () => {
    const { options, positional } = parseJscodeshiftArgs([
      '--name', 'a b', '--count=3', '--list', 'x', '--list', 'y', '--flag', '--ignore-pattern', 'gen', '--ignore-pattern=dist/', '--obj={"a":1}', 'src',
    ]);
    expect(options).toMatchObject({ name: 'a b', count: 3, list: ['x', 'y'], flag: true, ignorePattern: ['gen', 'dist/'], obj: { a: 1 } });
    expect(positional).toEqual(['src']);
    expect(parseJscodeshiftArgs(['--no-semi', '-d', 'a']).options.semi).toBe(false);
  });

  it('refuses what jscodeshift refuses: a missing value, a value outside the choices', () => {
    expect(() => parseJscodeshiftArgs(['src', '--name'])).toThrow('Missing value: --name requires a value');
    expect(() => parseJscodeshiftArgs(['--parser', 'espree', 'src'])).toThrow('--parser must be one of the values babel,babylon,flow,ts,tsx');
  });

  it('expands ignore patterns as jscodeshift does', () => {
    expect(ignoreGlobs('vendor')).toEqual(['**/vendor', 'vendor']);
    expect(ignoreGlobs('generated/')).toEqual(['**/generated/**', 'generated/**', 'generated/']);
    expect(ignoreGlobs('src/*.gen.js')).toEqual(['src/*.gen.js']);
    expect(ignoreGlobs('# comment')).toEqual([]);
  });
});
