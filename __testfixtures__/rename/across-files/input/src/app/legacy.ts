import { formatPrice as displayPrice } from '../util/format.js';

export const label = (cents: number): string => displayPrice(cents);
