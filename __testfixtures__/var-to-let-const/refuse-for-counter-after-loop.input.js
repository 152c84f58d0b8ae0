export function indexOf(list, value) {
  for (var i = 0; i < list.length; i++) {
    if (list[i] === value) break;
  }
  return i < list.length ? i : -1;
}
