// `!= undefined` is also false for null: `limit(null)` gives 10 here, null with a default.
function limit(count) {
  count = count != undefined ? count : 10;
  return items.slice(0, count);
}
