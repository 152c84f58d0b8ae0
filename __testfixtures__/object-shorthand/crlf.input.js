const o = {
  a: a,
  b: c,
};
