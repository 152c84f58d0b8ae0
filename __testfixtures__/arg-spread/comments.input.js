function forward() {
  // forward everything
  return target.apply(null, arguments); // done
}
const total = sum.apply(null, [/* first */ a, b]);
