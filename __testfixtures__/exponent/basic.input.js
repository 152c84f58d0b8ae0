export function distance(a, b) {
  return Math.sqrt(Math.pow(a.x - b.x, 2) + Math.pow(a.y - b.y, 2));
}
export const square = (x) => Math.pow(x, 2);
export const neg = (x) => Math.pow(-x, 2);
export const flipped = (x) => -Math.pow(x, 2);
export const fixed = (x) => Math.pow(10, x).toFixed(2);
export const nested = (x) => Math.pow(Math.pow(x, 2), 3);
export const right = (x) => Math.pow(2, Math.pow(x, 2));
export const sum = (a, b) => Math.pow(a + b, b - 1);
export const cond = (a, b) => Math.pow(a ? 2 : 3, b ? 1 : 0);
export const already = (a, b) => Math.pow(a ** b, b ** a);
export const pre = (a) => { let n = a; return Math.pow(++n, 2) + Math.pow(n++, 2); };
export const asyncPow = async (p) => Math.pow(await p, 2);
export const trailing = (x) => Math.pow(
  x,
  3,
);
export const one = (x) => Math.pow(x);
