export const o = {
  f: function (a, a) { return a; },
  __proto__: function () {},
};
