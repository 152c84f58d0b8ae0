function run() {
  return helpers.format.apply(null, arguments);
}
