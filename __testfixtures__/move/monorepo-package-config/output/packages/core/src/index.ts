export { formatName } from './text/index.js';
export { clamp } from './lib/math.js';
