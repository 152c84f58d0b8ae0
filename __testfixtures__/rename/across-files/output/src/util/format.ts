/** Formats a price in cents; see {@link formatAmount} callers in the app. */
export function formatAmount(cents: number, currency = 'EUR'): string {
  return `${(cents / 100).toFixed(2)} ${currency}`;
}

export const helpers = { formatPrice: formatAmount };
