export function f(options) {
  var options = options || {};
  return options;
}
