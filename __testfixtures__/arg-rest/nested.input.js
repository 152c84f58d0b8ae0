function outer() {
  const first = arguments[0];
  return function inner() {
    return [first, arguments.length];
  };
}
