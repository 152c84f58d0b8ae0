const value = function () { return 1; }();
const either = maybe || function () { return 2; };
const called = (function () { return 3; })();
const bound = function (x) { return x; }.bind(null, 4);
const typeName = typeof function () {};
