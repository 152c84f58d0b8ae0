const seen = new Set<string>();
const index = new Map<string, number[]>();
const list = ['a', 'b'];
const text = 'abc';

export const counts = [
  seen.size,
  index.size,
  Array.from(list).length,
  Array.from(text).length,
  new Set(list).size,
];
