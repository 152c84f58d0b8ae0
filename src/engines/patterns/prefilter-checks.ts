import { expect } from 'vitest';
import { ts } from '../../core/parse.js';
import { findPatternMatches } from './match.js';
import { compilePattern } from './pattern.js';

// Test support for the pre-filter's tests (needles, needles-member, left-operand): what the
// filter says of a text, and what the matcher finds in it. Ships nowhere (tsconfig.build.json).

/** Does the text pass every word and sequence filter of the pattern? */
export function passes(source: string, text: string): boolean {
  const pattern = compilePattern(source);
  return pattern.needles.every((needle) => text.includes(needle)) && pattern.sequences.every((sequence) => sequence.test(text));
}

/** How many matches the matcher finds in the text, parsed as TypeScript. */
export function matches(source: string, text: string): number {
  return findPatternMatches(compilePattern(source), ts.createSourceFile('a.ts', text, ts.ScriptTarget.Latest, true)).length;
}

/** For each text: the matcher finds `found` matches in it, and the filter keeps it (`kept`) or drops it. */
export function expectFiltered(source: string, texts: readonly string[], found: number, kept: boolean): void {
  for (const text of texts) {
    expect(matches(source, text), text).toBe(found);
    expect(passes(source, text), text).toBe(kept);
  }
}
