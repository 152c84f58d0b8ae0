export const util = {
  first<T>(list: T[]): T | undefined {
    return list[0];
  },
  bind(this: Window, event: Event): void {},
};
