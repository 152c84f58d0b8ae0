export function formatPrice(amount: number, currency: string) {
  return `${amount.toFixed(2)} ${currency}`;
}

export function describe(item: { name: string; price: number }) {
  return `${item.name}: ${formatPrice(item.price, 'EUR')}`;
}
