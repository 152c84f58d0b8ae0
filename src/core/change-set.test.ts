import { describe, expect, it } from 'vitest';
import { applyEdits, mapOffset, normalizeEdits } from './change-set.js';
import type { Edit } from './edit.js';

const edit = (start: number, end: number, text: string, passId = 'p'): Edit => ({ start, end, text, passId });

describe('applyEdits', () => {
  it('splices sorted edits once, whatever order they were recorded in', () => {
    const text = 'var a = 1; var b = 2;';
    const result = applyEdits(text, [edit(11, 14, 'let'), edit(0, 3, 'const')]);
    expect(result.text).toBe('const a = 1; let b = 2;');
    expect(result.changedRanges).toEqual([
      { start: 0, end: 5 },
      { start: 13, end: 16 },
    ]);
  });

  it('drops edits that change nothing', () => {
    const result = applyEdits('abc', [edit(0, 1, 'a'), edit(1, 2, 'X')]);
    expect(result.edits).toHaveLength(1);
    expect(result.text).toBe('aXc');
  });

  it('rejects overlapping edits, naming both ranges and passes', () => {
    expect(() => applyEdits('abcdef', [edit(0, 3, 'x', 'one'), edit(2, 5, 'y', 'two')], 'f.ts')).toThrow(
      /overlapping edits \[0, 3\) by one and \[2, 5\) by two/,
    );
  });

  it('allows insertions at the boundaries of a replaced range, in recording order', () => {
    const result = applyEdits('abc', [edit(1, 1, '1'), edit(1, 1, '2'), edit(1, 2, 'B'), edit(2, 2, '3')]);
    expect(result.text).toBe('a12B3c');
  });

  it('rejects an insertion strictly inside a replaced range', () => {
    expect(() => normalizeEdits('abcdef', [edit(1, 4, 'x'), edit(2, 2, 'y')])).toThrow(/overlapping/);
  });

  it('rejects edits outside the text', () => {
    expect(() => applyEdits('abc', [edit(2, 9, 'x')])).toThrow(/outside the file/);
  });
});

describe('mapOffset', () => {
  it('moves offsets after an edit by its length change and pins offsets inside it to its end', () => {
    const edits = normalizeEdits('0123456789', [edit(2, 4, 'abcd')]);
    expect(mapOffset(1, edits)).toBe(1);
    expect(mapOffset(5, edits)).toBe(7);
    expect(mapOffset(3, edits)).toBe(6);
  });
});
