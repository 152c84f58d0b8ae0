export function run(code) {
  var x = 1;
  return eval(code) + x;
}
