export function withDefaults(options) {
  return options || {};
}
