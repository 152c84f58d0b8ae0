function f(...args) {
  return args.length;
}
