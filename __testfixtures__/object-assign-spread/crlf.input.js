const merged = Object.assign({
  a: 1,
}, b);
const other = Object.assign({}, c);
