import type { Vec } from '../lib/index.js';

declare module '../lib/math.js' {
  interface Vec {
    label?: string;
  }
}

export const origin: Vec = { x: 0, y: 0, label: 'origin' };
