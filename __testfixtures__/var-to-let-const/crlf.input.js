export function sum(xs) {
  var s = 0;
  for (var x of xs) {
    s += x;
  }
  return s;
}
