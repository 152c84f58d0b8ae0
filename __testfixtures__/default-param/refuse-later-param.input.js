function range(start, end) {
  if (start === undefined) start = end - 10;
  return [start, end];
}
