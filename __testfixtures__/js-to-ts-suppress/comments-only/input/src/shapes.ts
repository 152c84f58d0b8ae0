export function area(shape, scale = 1) {
  return shape.width * shape.height * scale;
}

export const double = value => value * 2;

export function total(...items) {
  return items.length;
}

export function origin({ x, y }) {
  return x === 0 && y === 0;
}

let cache;
export function remember(key: string) {
  if (!cache) cache = {};
  return cache[key];
}

export function configure() {
  const settings = {};
  settings.debug = true;
  return settings;
}

export function measure(text: string): number {
  return text.length;
}
measure(42);

export const shout = (word: string): number => word.toUpperCase();

export class Counter {
  count;
  bump() {
    this.count = (this.count ?? 0) + 1;
  }
}
