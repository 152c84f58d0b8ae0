export { formatAmount } from './format.js';
export type { Currency } from './types.js';
