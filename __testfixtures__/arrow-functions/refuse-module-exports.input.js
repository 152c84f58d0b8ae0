module.exports = function (options) {
  return { options };
};
module.exports.helper = function () {};
exports.other = function () {};
module.exports.api = { make: function () {} };
