function run() {
  return getHelpers().format.apply(getHelpers(), arguments);
}
