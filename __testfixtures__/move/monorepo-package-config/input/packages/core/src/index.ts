export { formatName } from './utils/index.js';
export { clamp } from './lib/math.js';
