// Regression (json-stable-stringify's tests): both parameters are read only as `.key`, but
// `function ({ key }, { key })` is a duplicate parameter name (and `key < key` one value): only `a` converts.
const byKey = function (a, b) {
  return a.key < b.key ? 1 : -1;
};
