module.exports = function () {};
exports.extra = 1;
