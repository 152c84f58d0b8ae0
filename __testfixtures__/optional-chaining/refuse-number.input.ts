export function fixed(amount: number | undefined): string {
  if (amount && amount.toFixed(2)) return 'has amount';
  return 'none';
}
