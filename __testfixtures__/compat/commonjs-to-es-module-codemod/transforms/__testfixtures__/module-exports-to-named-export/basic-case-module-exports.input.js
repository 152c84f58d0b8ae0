module.exports.a = function () {
  return "a";
};
// comment
module.exports.b = function () {
  return "b";
};
