// "is not undefined" keeps the argument, else the default: the mirror image of `=== undefined ? v : x`.
function paginate(items, page = 1, size = 20, order = 'asc') {
  return items.slice((page - 1) * size, page * size).sort(order === 'asc' ? byKey : reverse);
}

function wait(ms = 100) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
