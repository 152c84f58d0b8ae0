export function make(name, size, extra) {
  const { width, height: h, depth = 1 } = size;
  const [{ x }] = extra;
  let label;
  ({ label } = extra);
  return { name, width, h, height: h, 'x': x, depth, label, other: name };
}
