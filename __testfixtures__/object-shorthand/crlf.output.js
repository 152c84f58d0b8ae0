const o = {
  a,
  b: c,
};
