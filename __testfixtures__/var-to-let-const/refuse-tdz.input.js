export function f() {
  log(x);
  var x = 1;
  return x;
}
