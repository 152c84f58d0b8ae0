export function later(items, schedule) {
  while (items.length) {
    var item = items.pop();
    schedule(() => console.log(item));
  }
}
