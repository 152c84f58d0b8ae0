function outer() {
  return combine(...split(...arguments).map(String));
}
