var require = function (name) { return name; };
var x = require('x');
module.exports = x;
