function tag(name) {
  const children = [].slice.call(arguments, 1);
  return { name, children };
}
