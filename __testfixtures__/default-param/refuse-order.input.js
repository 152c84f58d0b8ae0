function make(a, b) {
  if (b === undefined) b = second();
  if (a === undefined) a = first();
  return [a, b];
}
