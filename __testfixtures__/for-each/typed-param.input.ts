export function total(prices: number[]): number {
  let sum = 0;
  prices.forEach((price) => {
    sum += price;
  });
  return sum;
}
