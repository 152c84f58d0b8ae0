export function firstTwice(items) {
  for (const item of items) {
    var seen;
    if (seen === item) return item;
    seen = item;
  }
  return null;
}
