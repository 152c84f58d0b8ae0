export function describe<T extends { name: string }>(item: T | undefined): boolean {
  return !!(item && item.name);
}
