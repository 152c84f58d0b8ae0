function outer() {
  return combine.apply(null, split.apply(null, arguments).map(String));
}
