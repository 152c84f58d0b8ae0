export const parse = (items: string[]): number[] =>
  items.map(function (item: string): number {
    return Number(item);
  });
export const first = [1].find(function <T>(value: T): boolean {
  return value !== undefined;
});
