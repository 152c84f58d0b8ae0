export const parse = (items: string[]): number[] =>
  items.map((item: string): number => {
    return Number(item);
  });
export const first = [1].find(<T>(value: T): boolean => {
  return value !== undefined;
});
