function f() {
  return g(...arguments);
}
