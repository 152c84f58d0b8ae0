function forward() {
  return target.apply(/* no this */ null, arguments);
}
