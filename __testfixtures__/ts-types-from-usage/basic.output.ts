export function greet(name: string, times: number) {
  let out = '';
  for (let i = 0; i < times; i++) out += name.toUpperCase();
  return out;
}
greet('a', 2);

const join = (parts: string[], separator: string) => parts.join(separator);
join(['a', 'b'], '-');

export function area(shape: { width: number; height: number }) {
  return shape.width * shape.height;
}
area({ width: 2, height: 3 });

function identity(x: string | number) {
  return x;
}
identity(1);
identity('one');

export function untouched(value) {
  return value;
}
