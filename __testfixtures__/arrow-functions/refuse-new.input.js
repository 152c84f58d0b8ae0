const make = function () {
  return {};
};
const instance = new make();
const lib = { Thing: function () {}, util: function () {} };
lib.util.prototype.x = 1;
new (function () {})();
