module.exports = function () {
  return 42;
};

module.exports = 42;