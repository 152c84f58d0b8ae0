import { describe, expect, it } from 'vitest';
import { applyEdits } from './change-set.js';
import { textToEdits } from './text-diff.js';

const roundTrip = (before: string, after: string): string => applyEdits(before, textToEdits(before, after, 'p')).text;

describe('textToEdits', () => {
  it('reproduces the new text exactly', () => {
    const cases: Array<[string, string]> = [
      ['a\nb\nc\n', 'a\nB\nc\n'],
      ['a\nb\nc\n', 'a\nc\n'],
      ['a\nb', 'a\nb\nc'],
      ['', 'x\n'],
      ['x\n', ''],
      ['same\n', 'same\n'],
      ['line1\r\nline2\r\n', 'line1\r\nLINE2\r\n'],
      ['function f() {\n  return 1;\n}\n', '/** doc */\nfunction f() {\n  return 2;\n}\n'],
    ];
    for (const [before, after] of cases) expect(roundTrip(before, after)).toBe(after);
  });

  it('keeps unchanged lines out of the edits', () => {
    const edits = textToEdits('a\nb\nc\nd\n', 'a\nb\nC\nd\n', 'p');
    expect(edits).toEqual([{ start: 4, end: 6, text: 'C\n', passId: 'p' }]);
  });
});
