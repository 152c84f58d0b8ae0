import { type InspectOptions } from 'util';

export function size(value: unknown, options?: InspectOptions): number {
  return typeof value === 'number' ? value : typeof value === 'boolean' ? 1 : 0;
}
