Object.assign(a, {a: 1});

({
  a: 1,
  b: 1,
});
