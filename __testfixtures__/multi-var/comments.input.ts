export function setup() {
  var width = 10, // pixels
      height = 20; // pixels too
  let /* first */ p = 1 /* after p */,
    // the second one
    q = 2,
    /* inline */ r = 3;
  return width * height + p + q + r;
}
