export const o = {
  // leading kept
  a: a, // trailing kept
  b: /* why */ b,
};
