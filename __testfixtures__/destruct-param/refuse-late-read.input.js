// `init()` may change `options` before `.size` is read; a destructured parameter reads it first.
function build(options) {
  init();
  return options.size;
}

// `.size` is read only when enabled: with a null argument this returns early without throwing.
function measure(options) {
  if (!options.enabled) return 0;
  return options.size;
}
