import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ts } from '../../core/parse.js';
import { REPO } from '../../../test/cli-helpers.js';
import { findPatternMatches } from './match.js';
import { compilePattern } from './pattern.js';

/** Real code nobody here wrote: recast's compiled library. */
function realFiles(): { path: string; text: string }[] {
  const dir = join(REPO, 'node_modules', 'recast', 'lib');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.js'))
    .map((name) => ({ path: join(dir, name), text: readFileSync(join(dir, name), 'utf8') }));
}

const PATTERNS = [
  'void 0',
  '$A && $A.$B',
  'typeof $X === "undefined"',
  '$A instanceof $B',
  'new $C($$$ARGS)',
  'function ($$$P) { $$$B }',
  '$A || $B',
  'this.$P = $V',
  'return null',
  '$F.apply(this, arguments)',
  '($X) => $Y',
  '$A !== void 0',
];

describe('pattern pre-filter', () => {
  it('requires the keywords and operators a pattern names, not only its identifiers', () => {
    expect(compilePattern('void 0').needles).toEqual(['void']);
    expect(compilePattern('$A && $A.$B').needles).toEqual(['&&']);
    expect(compilePattern('typeof $X === "undefined"').needles).toEqual(['typeof', '===']);
    expect(compilePattern('a?.b').needles).toEqual(['a', '?.', 'b']);
    // Strings and numbers are matched by value ('a' is "a"), so their spelling is no filter.
    expect(compilePattern('f("a", 0x10)').needles).toEqual(['f']);
  });

  it('never filters out a file that has a match (checked on real code)', () => {
    let matched = 0;
    for (const source of PATTERNS) {
      const pattern = compilePattern(source);
      for (const file of realFiles()) {
        const tree = ts.createSourceFile(file.path, file.text, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
        if (findPatternMatches(pattern, tree).length === 0) continue;
        matched++;
        for (const needle of pattern.needles) expect(file.text.includes(needle), `${source}: ${file.path} matches but lacks ${needle}`).toBe(true);
      }
    }
    expect(matched).toBeGreaterThan(20); // the patterns do match this code
  });
});
