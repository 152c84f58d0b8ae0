function move(from, to) {
  const x1 = from.x;
  const y1 = from.y;
  const x2 = to.x;
  const y2 = to.y;
  return Math.hypot(x2 - x1, y2 - y1);
}
