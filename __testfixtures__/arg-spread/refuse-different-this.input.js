function run() {
  return helpers.format.apply(other, arguments);
}
