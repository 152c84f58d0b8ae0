import type { Pass, TextTest } from './pass.js';

// A pass's `match` pre-filter reads a file's decoded text; most files of a large run fail it, and
// decoding them is most of what reading them costs (1M lines, `void 0`: 43 MB decoded to keep 4).
// Words a pre-filter requires can be looked for in the raw bytes first: the UTF-8 bytes of a word
// are in a file's bytes whenever its decoded text contains the word. The one exception is U+FFFD,
// which the decoder also makes from invalid bytes: a word holding it is never looked for in bytes.

/** Words every text a test accepts contains (requireWords). */
const wordsOf = new WeakMap<object, readonly string[]>();

/**
 * Declares words (plain text) that every text `test` accepts contains, so that a reader can turn
 * a file away from its bytes, undecoded (bytesPrefilter). Returns `test`. Declaring a word the
 * test does not require makes the pre-filter unsound: only declare what the test itself checks.
 */
export function requireWords<T extends TextTest>(test: T, words: readonly string[]): T {
  wordsOf.set(test, words);
  return test;
}

const usable = (word: string): boolean => word.length > 0 && !word.includes('\ufffd');

/** Per pass: its `match` alternatives, each as the byte strings it requires; null when bytes cannot tell. */
const compiled = new WeakMap<Pass, ReadonlyArray<readonly Buffer[]> | null>();

function alternativesOf(pass: Pass): ReadonlyArray<readonly Buffer[]> | null {
  const known = compiled.get(pass);
  if (known !== undefined) return known;
  let alternatives: Buffer[][] | null = [];
  for (const needle of pass.match ?? []) {
    const words = (typeof needle === 'string' ? [needle] : wordsOf.get(needle) ?? []).filter(usable);
    // An alternative that requires no word we can look for lets any bytes through.
    if (words.length === 0) {
      alternatives = null;
      break;
    }
    alternatives.push(words.map((word) => Buffer.from(word, 'utf8')));
  }
  if (alternatives?.length === 0) alternatives = null; // no `match`: every file is parsed
  compiled.set(pass, alternatives);
  return alternatives;
}

/**
 * A test of a file's raw bytes for a run's passes: false only where no pass's `match` pre-filter
 * could let the decoded text through (passMatches would be false for every pass). Undefined when
 * some pass has no pre-filter bytes can answer (the file must be decoded to know).
 */
export function bytesPrefilter(passes: readonly Pass[]): ((bytes: Buffer) => boolean) | undefined {
  const all: Array<ReadonlyArray<readonly Buffer[]>> = [];
  for (const pass of passes) {
    const alternatives = alternativesOf(pass);
    if (alternatives === null) return undefined;
    all.push(alternatives);
  }
  if (all.length === 0) return undefined;
  const flat = all.flat();
  return (bytes) => flat.some((words) => words.every((word) => bytes.includes(word)));
}
