export function longest(words: string[]): string {
  let best = '';
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (word.length > best.length) best = word;
  }
  return best;
}
