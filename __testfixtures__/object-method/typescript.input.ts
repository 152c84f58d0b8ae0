export const util = {
  first: function <T>(list: T[]): T | undefined {
    return list[0];
  },
  bind: function (this: Window, event: Event): void {},
};
