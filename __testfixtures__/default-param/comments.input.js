/**
 * Formats a price.
 */
function price(amount, currency /* ISO code */) {
  // default to euros
  if (currency === undefined) currency = 'EUR';
  return `${amount} ${currency}`; // formatted
}
