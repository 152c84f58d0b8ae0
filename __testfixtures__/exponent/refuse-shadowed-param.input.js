export function f(Math, x) {
  return Math.pow(x, 2);
}
