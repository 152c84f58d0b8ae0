// merge the layers
const merged = Object.assign({
  // defaults first
  retries: 3,
}, options); // done
const flat = Object.assign({}, defaults, pick(options /* only known keys */));
