interface Order {
  id: string;
  total: number;
}

declare function fetchOrders(): Promise<Order[]>;
declare function audit(message: string): Promise<void>;

export async function largestOrder(): Promise<Order | undefined> {
  const orders = await fetchOrders();
  // newest first
  const sorted = [...orders].sort((a, b) => b.total - a.total);
  const ranked = sorted;
  const largest = await audit(`checked ${ranked.length} orders`).then(() => ranked[0]);
  if (!largest) {
    return undefined;
  }
  const message = `largest:
${largest.id}`;
  console.log(message);
  return largest;
}
