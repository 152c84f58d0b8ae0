function f() {
  return g.apply(null, arguments);
}
