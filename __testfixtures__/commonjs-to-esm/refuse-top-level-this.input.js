var root = this;
exports.noConflict = function () { return root; };
