import Math from './fast-math.js';
export const sq = (x) => Math.pow(x, 2);
