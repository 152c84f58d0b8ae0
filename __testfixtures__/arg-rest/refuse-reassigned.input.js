function sloppy() {
  arguments = [1, 2];
  return arguments.length;
}
