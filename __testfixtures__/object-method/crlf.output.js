const o = {
  a() {
    return 1;
  },
};
