function limit(count) {
  if (count == undefined) count = 10;
  return items.slice(0, count);
}
