export function parse(value: string): number;
export function parse(value: number): number;
export function parse(value) {
  return Number(value);
}
parse('1');

export function wrap<T>(value: T, extra) {
  return [value, extra];
}
wrap(1, 'two');
