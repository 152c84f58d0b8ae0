if (Array.isArray(list)) {
  Object.assign(target, source);
}
