import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyPatch, structuredPatch } from 'diff';
import { describe, expect, it } from 'vitest';
import { REPO } from '../../test/cli-helpers.js';
import { lineHunks } from './line-diff.js';

/** The patch of `lineHunks` applies, and gives the very hunks of one structuredPatch call. */
function check(before: string, after: string): number {
  const whole = structuredPatch('a', 'b', before, after, '', '', { context: 3 });
  const hunks = lineHunks(before, after, 3);
  expect(applyPatch(before, { ...whole, hunks })).toBe(after);
  expect(hunks).toEqual(whole.hunks);
  return hunks.length;
}

describe('lineHunks (large files diffed in pieces)', () => {
  it('gives the hunks of a whole-file diff on a real large file (lodash.js: var → let, lines added and removed)', () => {
    const before = readFileSync(join(REPO, 'node_modules/lodash/lodash.js'), 'utf8');
    expect(before.split('\n').length).toBeGreaterThan(2000); // large enough to be cut
    expect(check(before, before.replace(/\bvar\b/g, 'let'))).toBeGreaterThan(100);
    const lines = before.split('\n');
    const edited = lines.flatMap((line, index) => (index % 500 === 7 ? [] : index % 700 === 3 ? [line, '// added'] : [line])).join('\n');
    expect(check(before, edited)).toBeGreaterThan(10);
  });

  it('keeps the end of the file exact: no newline at the end, on either side', () => {
    const body = Array.from({ length: 3000 }, (_, index) => `const v${index} = ${index % 10 === 0 ? 'x' : index};`).join('\n');
    check(body, `${body.replace('const v10 =', 'let v10 =')}\n`);
    check(`${body}\n`, body.replace('const v2990 =', 'let v2990 ='));
    check(`${body}\n`, `${body}\n// more\n`);
  });
});
