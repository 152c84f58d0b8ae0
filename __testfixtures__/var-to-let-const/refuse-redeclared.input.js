export function f(flag) {
  var value = 1;
  if (flag) {
    console.log(value);
  }
  var value = 2;
  return value;
}
