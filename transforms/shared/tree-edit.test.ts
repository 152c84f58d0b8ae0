import { describe, expect, it } from 'vitest';
import { originalPosition } from './scratch-service.js';
import { applyTreeEdits, mergeInsertions, overlaps, selfOverlaps } from './tree-edit.js';

describe('tree edits of the type gate', () => {
  it('joins insertions at one position in the order given, and applies them once', () => {
    const fields = [
      { start: 9, end: 9, text: '\n  a: number;' },
      { start: 9, end: 9, text: '\n  b?: string;' },
      { start: 9, end: 9, text: '\n' },
    ];
    expect(mergeInsertions(fields)).toEqual([{ start: 9, end: 9, text: '\n  a: number;\n  b?: string;\n' }]);
    expect(applyTreeEdits('class C {\n  m() {}\n}', fields)).toBe('class C {\n  a: number;\n  b?: string;\n\n  m() {}\n}');
  });

  it('lets insertions share a position but not a replaced range', () => {
    const insert = { start: 4, end: 4, text: ': T' };
    expect(selfOverlaps([insert, { ...insert, text: ': U' }])).toBe(false);
    expect(overlaps([{ start: 2, end: 6, text: '' }], [insert])).toBe(true);
    expect(overlaps([{ start: 0, end: 4, text: 'x' }], [{ start: 4, end: 6, text: 'y' }])).toBe(false);
  });

  it('maps positions of the edited text back to the original (an error there is the same error)', () => {
    // 'f(a, b)' with ': number' after a (at 3) and ': string' after b (at 6).
    const edits = [
      { start: 3, end: 3, text: ': number' },
      { start: 6, end: 6, text: ': string' },
    ];
    expect(applyTreeEdits('f(a, b)', edits)).toBe('f(a: number, b: string)');
    expect(originalPosition(edits, 2)).toBe(2); // a
    expect(originalPosition(edits, 13)).toBe(5); // b
    expect(originalPosition(edits, 5)).toBe(3); // inside ': number'
    expect(originalPosition(edits, 22)).toBe(6); // ')'
  });
});
