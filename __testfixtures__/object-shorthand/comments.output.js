export const o = {
  // leading kept
  a, // trailing kept
  b: /* why */ b,
};
