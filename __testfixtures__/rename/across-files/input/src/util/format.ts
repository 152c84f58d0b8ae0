/** Formats a price in cents; see {@link formatPrice} callers in the app. */
export function formatPrice(cents: number, currency = 'EUR'): string {
  return `${(cents / 100).toFixed(2)} ${currency}`;
}

export const helpers = { formatPrice };
