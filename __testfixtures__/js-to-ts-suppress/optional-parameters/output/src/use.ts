import { compare, parse, split, typed } from './parse.js';

export const a = parse('a');
export const b = parse('b', { strict: true });
export const c = split('x,y');
export const d = typed('long');
export const e = compare(1, 1);
export const f = compare(1, 2, { strict: true });
