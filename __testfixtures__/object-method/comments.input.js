module.exports = {
  // reads a key
  get: function (key /* string */) {
    return key; // done
  },
  /** writes */ set: function () {},
  odd: /* before */ function () {},
};
