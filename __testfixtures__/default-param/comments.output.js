/**
 * Formats a price.
 */
function price(amount, currency = 'EUR' /* ISO code */) {
  // default to euros
  return `${amount} ${currency}`; // formatted
}
