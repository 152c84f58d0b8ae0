export function area(shape: any, scale = 1) {
  return shape.width * shape.height * scale;
}

export const double = (value: any) => value * 2;

export function total(...items: any[]) {
  return items.length;
}

export function origin({ x, y }: any) {
  return x === 0 && y === 0;
}

let cache: any;
export function remember(key: string) {
  if (!cache) cache = {};
  return cache[key];
}

export function configure() {
  const settings: any = {};
  settings.debug = true;
  return settings;
}

export function measure(text: string): number {
  return text.length;
}
measure(42 as any);

// @ts-expect-error Type 'string' is not assignable to type 'number'.
export const shout = (word: string): number => word.toUpperCase();

export class Counter {
  count: any;
  bump() {
    this.count = (this.count ?? 0) + 1;
  }
}

// An empty array literal in an object is never[]: the variable it initializes takes the any.
const bag: any = { items: [] };
export function keep(item: string) {
  bag.items.push(item);
}

// Not a literal-initialized local: the cast goes at the use.
export function depth(point: { x: number }) {
  return (point as any).z;
}

// A never parameter no variable of this file explains: a comment.
export function fill(list: never[], item: string) {
  // @ts-expect-error Argument of type 'string' is not assignable to parameter of type 'never'.
  list.push(item);
}

// A callback's `this`: one `this: any` in its parameters.
export function each(items: number[], visit: (this: { total: number }, item: number) => void) {
  items.forEach((item) => visit.call({ total: 0 }, item));
}
export const summing = function (this: any, item: any) {
  this.total += item;
  return this.total;
};
