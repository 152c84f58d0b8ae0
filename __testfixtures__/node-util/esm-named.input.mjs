import { isArray, isFunction, inspect } from 'node:util';
import * as util from 'util';

export function check(value) {
  if (isArray(value)) return inspect(value);
  return isFunction(value.then) || util.isRegExp(value);
}
