import * as util from 'util';

export function size(value: unknown): number {
  return util.isArray(value) ? value.length : util.isString(value) ? (value as string).length : 0;
}
