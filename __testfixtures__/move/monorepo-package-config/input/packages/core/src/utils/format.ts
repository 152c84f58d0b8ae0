import { clamp } from '../lib/math.js';

export function formatName(first: string, last: string): string {
  return `${last.toUpperCase()}, ${first}`.slice(0, clamp(40, 0, 80));
}
