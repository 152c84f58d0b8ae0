const o = {
  a: function () {
    return 1;
  },
};
