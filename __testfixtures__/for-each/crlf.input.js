const files = [a, b];
files.forEach(function (file) {
  check(file);
  return;
});
files.forEach((file) => check(file));
