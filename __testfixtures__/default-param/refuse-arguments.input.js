function tag(name, value) {
  if (value === undefined) value = true;
  return [name, value, arguments.length];
}
