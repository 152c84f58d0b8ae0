export function formatPrice(amount, currency) {
  return `${amount.toFixed(2)} ${currency}`;
}

export function describe(item) {
  return `${item.name}: ${formatPrice(item.price, 'EUR')}`;
}
