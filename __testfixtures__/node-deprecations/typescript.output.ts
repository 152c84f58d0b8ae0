import * as util from 'util';

export function size(value: unknown): number {
  return Array.isArray(value) ? value.length : typeof value === 'string' ? (value as string).length : 0;
}
