export const opts = (): Options => { return {} as Options; };
export const ids = (list: Item[]): string[] => {
  return list.map((item) => {
    return item.id!;
  });
};
