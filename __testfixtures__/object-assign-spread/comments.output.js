// merge the layers
const merged = {
  // defaults first
  retries: 3,
  ...options,
}; // done
const flat = { ...defaults, ...pick(options /* only known keys */) };
