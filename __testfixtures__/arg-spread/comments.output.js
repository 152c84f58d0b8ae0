function forward() {
  // forward everything
  return target(...arguments); // done
}
const total = sum(...[/* first */ a, b]);
