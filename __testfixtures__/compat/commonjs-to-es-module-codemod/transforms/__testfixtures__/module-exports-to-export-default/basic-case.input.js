// comment
module.exports = function () {
  return 42;
};