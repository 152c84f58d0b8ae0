import { inspect } from 'node:util';
import * as util from 'util';

export function check(value) {
  if (Array.isArray(value)) return inspect(value);
  return typeof value.then === 'function' || util.types.isRegExp(value);
}
