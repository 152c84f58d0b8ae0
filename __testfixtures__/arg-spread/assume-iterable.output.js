function call(fn, args) {
  return fn(...args);
}
