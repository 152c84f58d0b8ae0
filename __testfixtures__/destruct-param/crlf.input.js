function f(o) {
  const a = o.a;
  const b = o.b;
  return a + b;
}
