var cache = new Map();
function get(key) {
  return cache.get(key);
}
module.exports = get;
