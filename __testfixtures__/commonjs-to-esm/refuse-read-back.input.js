exports.parse = function (text) {
  return text.split(',');
};
exports.parseAll = function (list) {
  return list.map(exports.parse);
};
