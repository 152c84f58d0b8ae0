export function distance(a, b) {
  return Math.sqrt((a.x - b.x) ** 2 + (a.y - b.y) ** 2);
}
export const square = (x) => x ** 2;
export const neg = (x) => (-x) ** 2;
export const flipped = (x) => -(x ** 2);
export const fixed = (x) => (10 ** x).toFixed(2);
export const nested = (x) => (x ** 2) ** 3;
export const right = (x) => 2 ** x ** 2;
export const sum = (a, b) => (a + b) ** (b - 1);
export const cond = (a, b) => (a ? 2 : 3) ** (b ? 1 : 0);
export const already = (a, b) => (a ** b) ** b ** a;
export const pre = (a) => { let n = a; return ++n ** 2 + n++ ** 2; };
export const asyncPow = async (p) => (await p) ** 2;
export const trailing = (x) => x ** 3;
export const one = (x) => Math.pow(x);
