const seen = new Set<string>();
const index = new Map<string, number[]>();
const list = ['a', 'b'];
const text = 'abc';

export const counts = [
  Array.from(seen).length,
  Array.from(index).length,
  Array.from(list).length,
  Array.from(text).length,
  Array.from(new Set(list)).length,
];
