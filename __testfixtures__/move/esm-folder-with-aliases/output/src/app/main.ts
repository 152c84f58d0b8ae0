import { add } from '../core/lib/math.js';
import { describe } from '@/core/lib/strings/pad.js';
import { padLeft } from '@lib/strings/pad.js';

export type Origin = import('../core/lib/math.js').Vec;

export async function main(): Promise<string> {
  const lib = await import('../core/lib/index.js');
  const sum = add({ x: 1, y: 2 }, lib.add({ x: 0, y: 0 }, { x: 3, y: 4 }));
  return padLeft(describe(sum), 20);
}
