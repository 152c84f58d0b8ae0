export const opts = (): Options => ({} as Options);
export const ids = (list: Item[]): string[] => list.map((item) => item.id!);
