module.exports = {
  // reads a key
  get(key /* string */) {
    return key; // done
  },
  /** writes */ set() {},
  odd: /* before */ function () {},
};
