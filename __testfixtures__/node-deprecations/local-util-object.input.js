// A project helper named `util`, not Node's util module.
var util = {
  isArray: function (x) { return x && typeof x.length === 'number'; },
  isObject: function (x) { return typeof x === 'object'; }
};

module.exports = function (value) {
  return util.isArray(value) || util.isObject(value);
};
