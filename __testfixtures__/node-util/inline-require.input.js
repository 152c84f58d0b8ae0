if (require('util').isArray(list)) {
  require('node:util')._extend(target, source);
}
