import type { Vec } from '../core/lib/index.js';

declare module '../core/lib/math.js' {
  interface Vec {
    label?: string;
  }
}

export const origin: Vec = { x: 0, y: 0, label: 'origin' };
