const merged = {
  a: 1,
  ...b,
};
const other = { ...c };
