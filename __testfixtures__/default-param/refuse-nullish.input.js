function limit(count) {
  count = count ?? 10;
  return items.slice(0, count);
}
