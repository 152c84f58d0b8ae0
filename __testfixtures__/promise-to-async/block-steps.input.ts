interface Order {
  id: string;
  total: number;
}

declare function fetchOrders(): Promise<Order[]>;
declare function audit(message: string): Promise<void>;

export function largestOrder(): Promise<Order | undefined> {
  return fetchOrders()
    .then((orders) => {
      // newest first
      const sorted = [...orders].sort((a, b) => b.total - a.total);
      return sorted;
    })
    .then((ranked) => audit(`checked ${ranked.length} orders`).then(() => ranked[0]))
    .then((largest) => {
      if (!largest) {
        return undefined;
      }
      const message = `largest:
${largest.id}`;
      console.log(message);
      return largest;
    });
}
