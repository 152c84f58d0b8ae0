var a = require('./a');
// keeps comments
var b = require('./b');

module.exports = function (x) {
  return a(x) + b(x) + __dirname;
};
