function call(fn, args) {
  return fn.apply(null, args);
}
