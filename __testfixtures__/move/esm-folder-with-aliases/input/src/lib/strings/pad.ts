import { PAD_CHAR } from '../../config.js';
import type { Vec } from '../math.js';

export function padLeft(text: string, width: number): string {
  return text.padStart(width, PAD_CHAR);
}

export function describe(v: Vec): string {
  return padLeft(`${v.x},${v.y}`, 12);
}
