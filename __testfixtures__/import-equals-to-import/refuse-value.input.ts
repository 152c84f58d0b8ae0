import lodash = require('lodash');
export const helpers = { lodash };
export function use(fn: (l: unknown) => void) {
  fn(lodash);
}
