export function setup() {
  var width = 10; // pixels
  var height = 20; // pixels too
  let /* first */ p = 1 /* after p */;
  // the second one
  let q = 2;
  let /* inline */ r = 3;
  return width * height + p + q + r;
}
