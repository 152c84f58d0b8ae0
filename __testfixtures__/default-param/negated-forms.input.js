// "is not undefined" keeps the argument, else the default: the mirror image of `=== undefined ? v : x`.
function paginate(items, page, size, order) {
  page = page !== undefined ? page : 1;
  size = typeof size !== 'undefined' ? size : 20;
  order = typeof order != 'undefined' ? order : 'asc';
  return items.slice((page - 1) * size, page * size).sort(order === 'asc' ? byKey : reverse);
}

function wait(ms) {
  if (ms === void 0) ms = 100;
  return new Promise((resolve) => setTimeout(resolve, ms));
}
