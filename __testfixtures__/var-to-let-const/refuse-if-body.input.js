export function f(flag) {
  if (flag) var unused = compute();
}
