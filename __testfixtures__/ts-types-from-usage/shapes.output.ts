export class Shelf {
  place(item: { title: string }, position: number) {
    return `${item.title} at ${position}`;
  }

  get size() {
    return 1;
  }
}
new Shelf().place({ title: 'Dune' }, 3);

/** Rest parameters, default values and destructuring are left to the checker. */
export function sum(first = 0, ...rest: number[]) {
  return rest.reduce((total, value) => total + value, first);
}
sum(1, 2, 3);

export function label({ text }: { text: string }, suffix: string) {
  return text + suffix;
}
label({ text: 'a' }, '!');

export const optional = (a: number, b: number | undefined) => (b === undefined ? a : a + b);
optional(1);
optional(1, 2);
