function f(flag) {
  if (flag) var a = 1, b = 2;
  return [a, b];
}
