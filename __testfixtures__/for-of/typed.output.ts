export function longest(words: string[]): string {
  let best = '';
  for (const word of words) {
    if (word.length > best.length) best = word;
  }
  return best;
}
