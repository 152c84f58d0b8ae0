const factorial = function () {
  const n = arguments[0];
  return n <= 1 ? 1 : n * arguments.callee(n - 1);
};
