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
    // `: void` then no number: the words are there, the sequence (read in the bytes) is not.
    expect(answers).toEqual([[true, true], [true, true], [true, true], [false, false], [false, false]]);
  });
});

describe('bytesPrefilter with token sequences', () => {
  it('reads a sequence in the bytes as Latin-1 where the text would hold it, and turns away bytes without it', () => {
    const filter = bytesPrefilter([createRewritePass({ pattern: 'void 0', to: 'undefined' })])!;
    const cases: Array<[Buffer, boolean]> = [
      // Whitespace outside ASCII (a no-break space, U+2028) and comments with it between the tokens.
      [Buffer.from('x = void\u00a00;'), true],
      [Buffer.from('x = void\u2028/* é ☃ */ 0;'), true],
      [Buffer.from('x = void // ü\n 0;'), true],
      // Invalid UTF-8 bytes read as U+FFFD, which no gap holds: the text fails, the bytes may pass.
      [Buffer.concat([Buffer.from('void'), Buffer.from([0xff]), Buffer.from('0')]), true],
      [Buffer.from('function f(): void {}\nconst n = 0;'), false],
      [Buffer.from('void x; 0'), false],
      // A byte of a character outside ASCII reads as a gap: the bytes may pass where the text does not.
      [Buffer.from('voidé 0'), true],
    ];
    expect(cases.map(([bytes]) => filter(bytes))).toEqual(cases.map(([, expected]) => expected));
    for (const [bytes, expected] of cases.slice(0, 3)) expect(passMatches(createRewritePass({ pattern: 'void 0', to: 'undefined' }), bytes.toString('utf8'))).toBe(expected);
  });

  it('has no byte form for a sequence naming a word outside ASCII (its bytes are not its characters)', () => {
    const filter = bytesPrefilter([createRewritePass({ pattern: 'café.x', to: 'y' })])!;
    expect(filter(Buffer.from('café /* ü */ . x'))).toBe(true);
    expect(filter(Buffer.from('café; y.x'))).toBe(true); // the words are there; the text decides
    expect(filter(Buffer.from('cafe.x'))).toBe(false);
  });
});
