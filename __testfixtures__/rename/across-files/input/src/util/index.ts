export { formatPrice } from './format.js';
export type { Currency } from './types.js';
