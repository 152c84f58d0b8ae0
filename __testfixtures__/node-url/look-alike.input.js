const url = require('./url-helpers');
function f(parse) {
  return parse('https://example.com/').pathname;
}
url.parse('https://example.com/').pathname;
