const files = [a, b];
for (const file of files) {
  check(file);
}
for (const file of files) {
  check(file);
}
