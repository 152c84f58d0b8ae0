import { describe, expect, it } from 'vitest';
import { createRewritePass } from '../engines/patterns/pass.js';
import { bytesPrefilter, requireWords } from './byte-prefilter.js';
import { definePass, passMatches, type FilePass } from './pass.js';

const pass = (match: FilePass['match']): FilePass =>
  definePass({ id: 'p', title: 'P', description: 'A pass.', needs: 'syntax', match, visit() {} });

describe('bytesPrefilter', () => {
  it('turns away bytes that lack a word every alternative requires, and only those', () => {
    const filter = bytesPrefilter([pass(['needle', requireWords(/café\s*\(/, ['café'])])])!;
    expect(filter(Buffer.from('a needle here'))).toBe(true);
    expect(filter(Buffer.from('x = café (1)'))).toBe(true);
    expect(filter(Buffer.from('x = cafe (1); needl'))).toBe(false);
    // Any pass of the run may want the file.
    const two = bytesPrefilter([pass(['alpha']), pass(['beta'])])!;
    expect([two(Buffer.from('beta')), two(Buffer.from('alpha')), two(Buffer.from('gamma'))]).toEqual([true, true, false]);
  });

  it('cannot answer for a test without words, a word holding U+FFFD, or a pass without a pre-filter', () => {
    expect(bytesPrefilter([pass(['a', /b/])])).toBeUndefined();
    expect(bytesPrefilter([pass(['a\ufffdb'])])).toBeUndefined();
    expect(bytesPrefilter([pass(['a']), pass(undefined)])).toBeUndefined();
    expect(bytesPrefilter([])).toBeUndefined();
    // An unusable word of a test is dropped; the others still count.
    expect(bytesPrefilter([pass([requireWords(/x/, ['\ufffd', 'x'])])])!(Buffer.from('y'))).toBe(false);
  });

  it('never turns away a file whose decoded text a pattern pass lets through (invalid UTF-8 and BOMs included)', () => {
    const rewrite = createRewritePass({ pattern: 'void 0', to: 'undefined' });
    const filter = bytesPrefilter([rewrite])!;
    expect(filter).toBeDefined();
    const samples = [
      Buffer.from('let a = void 0;'),
      Buffer.from('\ufeffvoid 0'),
      Buffer.concat([Buffer.from('x = '), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from(' void /* é */ 0')]),
      Buffer.from('function f(): void { return; }'),
      Buffer.from('nothing to see'),
    ];
    const answers = samples.map((bytes) => [filter(bytes), passMatches(rewrite, bytes.toString('utf8'))]);
    expect(answers).toEqual([[true, true], [true, true], [true, true], [true, false], [false, false]]);
  });
});
