run(function (a) {
  return a;
});
