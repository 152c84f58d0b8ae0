function f() {
  return arguments.length;
}
