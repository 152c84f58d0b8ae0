import util = require('util');
import { isNumber, type InspectOptions } from 'util';

export function size(value: unknown, options?: InspectOptions): number {
  return isNumber(value) ? value : util.isBoolean(value) ? 1 : 0;
}
