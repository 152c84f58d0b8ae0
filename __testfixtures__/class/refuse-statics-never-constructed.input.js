'use strict';
// Capitalized and with a static method, but never constructed here: other code may call Parser().
function Parser(text) {
  return text.split(',');
}
Parser.strict = function (text) {
  return Parser(text).filter(Boolean);
};
module.exports = Parser;
