function f() {
  var a = 1; // one
  var b = 2;
}
