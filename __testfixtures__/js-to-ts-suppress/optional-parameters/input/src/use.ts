import { parse, split, typed } from './parse.js';

export const a = parse('a');
export const b = parse('b', { strict: true });
export const c = split('x,y');
export const d = typed('long');
