import type { Pass, TextTest } from './pass.js';

// A pass's `match` pre-filter reads a file's decoded text; most files of a large run fail it, and
// decoding them is most of what reading them costs (1M lines, `void 0`: 43 MB decoded to keep 4).
// Words a pre-filter requires can be looked for in the raw bytes first: the UTF-8 bytes of a word
// are in a file's bytes whenever its decoded text contains the word. The one exception is U+FFFD,
// which the decoder also makes from invalid bytes: a word holding it is never looked for in bytes.

/** What every text a test accepts holds (requireWords). */
const requiredBy = new WeakMap<object, { readonly words: readonly string[]; readonly latin1: readonly RegExp[] }>();

/**
 * Declares words (plain text) that every text `test` accepts contains, so that a reader can turn
 * a file away from its bytes, undecoded (bytesPrefilter), and regular expressions that the
 * file's bytes read as Latin-1 (one character per byte) match whenever the test accepts its
 * UTF-8 text. Returns `test`. Declaring what the test does not require makes the pre-filter
 * unsound: only declare what the test itself checks.
 */
export function requireWords<T extends TextTest>(test: T, words: readonly string[], latin1: readonly RegExp[] = []): T {
  requiredBy.set(test, { words, latin1 });
  return test;
}

const usable = (word: string): boolean => word.length > 0 && !word.includes('\ufffd');

interface Alternative {
  readonly words: readonly Buffer[];
  readonly latin1: readonly RegExp[];
}

/** Per pass: its `match` alternatives, each as what its bytes must hold; null when bytes cannot tell. */
const compiled = new WeakMap<Pass, readonly Alternative[] | null>();

function alternativesOf(pass: Pass): readonly Alternative[] | null {
  const known = compiled.get(pass);
  if (known !== undefined) return known;
  let alternatives: Alternative[] | null = [];
  for (const needle of pass.match ?? []) {
    const required = typeof needle === 'string' ? { words: [needle], latin1: [] } : requiredBy.get(needle) ?? { words: [], latin1: [] };
    const words = required.words.filter(usable);
    // An alternative that requires nothing bytes can show lets any bytes through.
    if (words.length === 0 && required.latin1.length === 0) {
      alternatives = null;
      break;
    }
    alternatives.push({ words: words.map((word) => Buffer.from(word, 'utf8')), latin1: required.latin1 });
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
  const all: Array<readonly Alternative[]> = [];
  for (const pass of passes) {
    const alternatives = alternativesOf(pass);
    if (alternatives === null) return undefined;
    all.push(alternatives);
  }
  if (all.length === 0) return undefined;
  const flat = all.flat();
  return (bytes) => {
    // Read as Latin-1 only for a file that has the words: a copy, but no UTF-8 decoding.
    let latin1: string | undefined;
    return flat.some(
      (alternative) =>
        alternative.words.every((word) => bytes.includes(word)) &&
        alternative.latin1.every((regex) => regex.test((latin1 ??= bytes.toString('latin1')))),
    );
  };
}
