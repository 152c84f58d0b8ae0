function clear(cache) {
  cache.forEach((value, key) => cache.delete(key));
}
document.querySelectorAll('a').forEach((link) => link.remove());
