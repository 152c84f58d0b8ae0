function scale(value, factor) {
  if (factor === undefined) factor = DEFAULT;
  var DEFAULT = 2;
  return value * factor;
}
