export function build(name: string) {
  const config = {};
  config.name = name;
  config.retries = 3;
  config.retries = 4;
  return config;
}
build('x');

export function index(words: string[]) {
  const counts = {};
  for (const word of words) counts[word] = (counts[word] ?? 0) + 1;
  return counts;
}
