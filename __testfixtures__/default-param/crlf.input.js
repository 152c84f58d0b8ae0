function f(a, b) {
  if (b === undefined) b = 1;
  return a + b;
}
