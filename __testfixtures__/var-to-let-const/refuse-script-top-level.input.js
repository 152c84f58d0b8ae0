var VERSION = '1.2.0';
var registry = {};
function register(name, fn) {
  var entry = { name: name, fn: fn };
  registry[name] = entry;
}
