export function find(list, id) {
  if (list.length) {
    var hit = list.find((item) => item.id === id);
  }
  return hit;
}
