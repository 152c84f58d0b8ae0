// @ts-expect-error Parameter 'shape' implicitly has an 'any' type.
export function area(shape, scale = 1) {
  return shape.width * shape.height * scale;
}

// @ts-expect-error Parameter 'value' implicitly has an 'any' type.
export const double = value => value * 2;

// @ts-expect-error Rest parameter 'items' implicitly has an 'any[]' type.
export function total(...items) {
  return items.length;
}

// @ts-expect-error Binding element 'x' implicitly has an 'any' type.
export function origin({ x, y }) {
  return x === 0 && y === 0;
}

// @ts-expect-error Variable 'cache' implicitly has type 'any' in some locations where its type cannot be determined.
let cache;
export function remember(key: string) {
  // @ts-expect-error Variable 'cache' implicitly has an 'any' type.
  if (!cache) cache = {};
  return cache[key];
}

export function configure() {
  const settings = {};
  // @ts-expect-error Property 'debug' does not exist on type '{}'.
  settings.debug = true;
  return settings;
}

export function measure(text: string): number {
  return text.length;
}
// @ts-expect-error Argument of type 'number' is not assignable to parameter of type 'string'.
measure(42);

// @ts-expect-error Type 'string' is not assignable to type 'number'.
export const shout = (word: string): number => word.toUpperCase();

export class Counter {
  // @ts-expect-error Member 'count' implicitly has an 'any' type.
  count;
  bump() {
    this.count = (this.count ?? 0) + 1;
  }
}
