export function sum(xs) {
  let s = 0;
  for (const x of xs) {
    s += x;
  }
  return s;
}
