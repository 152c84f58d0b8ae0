const lib = {
  make: function () {},
};
lib.make.prototype.size = 1;
