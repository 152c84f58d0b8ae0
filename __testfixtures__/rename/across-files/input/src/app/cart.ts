// formatPrice was the first helper here; plain comments are prose and stay as they are.
import { formatPrice } from '../util/index.js';
import * as fmt from '../util/format.js';

export function total(items: readonly { cents: number }[]): string {
  const sum = items.reduce((acc, item) => acc + item.cents, 0);
  return formatPrice(sum) + ' / ' + fmt.formatPrice(sum, 'USD');
}

export const api = { formatPrice, total };
