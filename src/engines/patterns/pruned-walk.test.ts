import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { installedSourceFiles } from '../../../test/installed-files.js';
import { parseSource, ts } from '../../core/parse.js';
import { anchorKind, findPatternMatches, fixedTokenOffsets, isCandidate, matchAt } from './match.js';
import { compilePattern, type Pattern } from './pattern.js';

// findPatternMatches walks only the subtrees whose span holds an offset of the pattern's rarest
// fixed token (fixedTokenOffsets). It must find exactly what a walk over every node finds.

const PATTERNS = [
  '$A && $A.$B', '$A || $A.$B', '$A ?? $A.$B', '$A && $A.length', '$A && $A[0]', '$A && $A.$B()', '$A === $A',
  '$A.indexOf($B) !== -1', '$A.indexOf($B) === -1', '$F($$$A) !== void 0', 'void $F($$$A)', 'void 0',
  'Object.assign({}, $A)', 'new Buffer($S)', 'Object.prototype.hasOwnProperty.call($O, $K)', 'console.log($$$A)',
  "typeof $X === 'undefined'", '$A.forEach($F)', 'require($M)', '$A.push($B)', 'throw new Error($M)', 'this.$P = $V', '$A.id', '$A.type',
];

/** Every node a full walk finds the pattern at, as positions. */
function everyNodeMatches(pattern: Pattern, root: ts.SourceFile): number[] {
  const found: number[] = [];
  const anchor = anchorKind(pattern);
  const visit = (node: ts.Node): void => {
    if ((anchor === undefined ? isCandidate(node) : node.kind === anchor) && matchAt(pattern, node)) found.push(node.pos, node.end);
    ts.forEachChild(node, visit);
  };
  visit(root);
  return found;
}

describe('the walk that skips subtrees without a fixed token', () => {
  it('finds what a walk over every node finds, over real files and 24 patterns', () => {
    const patterns = PATTERNS.map((source) => compilePattern(source));
    const files = installedSourceFiles(['recast', 'ast-types', 'commander', 'semver', 'yaml', 'diff', 'jscodeshift', 'piscina'], { limit: 160, maxBytes: 150_000 });
    expect(files.length).toBeGreaterThan(100);
    let matches = 0;
    for (const file of files) {
      const tree = parseSource(file, readFileSync(file, 'utf8'), { jsdoc: false });
      for (const pattern of patterns) {
        const pruned = findPatternMatches(pattern, tree).flatMap(({ node }) => [node.pos, node.end]);
        expect(pruned, `${pattern.source} in ${file}`).toEqual(everyNodeMatches(pattern, tree));
        matches += pruned.length / 2;
      }
    }
    expect(matches).toBeGreaterThan(200);
  });

  it('takes offsets from the rarest fixed token, overlapping ones included, and none for a pattern without one', () => {
    // `void` occurs three times, `void` then a number twice; the sequence is the rarer.
    expect(fixedTokenOffsets(compilePattern('void 0'), 'let a: void; x = void 0; y = void  1;')).toEqual([17, 29]);
    // `&&` is the only fixed token; both starts count.
    expect(fixedTokenOffsets(compilePattern('$A && $A.$B'), 'a && a.b && c')).toEqual([2, 9]);
    expect(fixedTokenOffsets(compilePattern('$A'), 'anything')).toBeUndefined();
    // No occurrence: nothing is walked, nothing matches.
    expect(fixedTokenOffsets(compilePattern('new Buffer($S)'), 'Buffer.from(s)')).toEqual([]);
    expect(findPatternMatches(compilePattern('new Buffer($S)'), parseSource('a.ts', 'Buffer.from(s)'))).toEqual([]);
  });
});
