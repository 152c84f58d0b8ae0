run(function (a, a) {
  return a;
});
