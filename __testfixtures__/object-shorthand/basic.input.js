export function make(name, size, extra) {
  const { width: width, height: h, depth: depth = 1 } = size;
  const [{ x: x }] = extra;
  let label;
  ({ label: label } = extra);
  return { name: name, width: width, h, height: h, 'x': x, depth: depth, label: label, other: name };
}
