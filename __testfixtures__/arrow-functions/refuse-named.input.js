export const fact = [5].map(function fact(n) {
  return n <= 1 ? 1 : n * fact(n - 1);
});
setTimeout(function tick() {}, 10);
