function strictSum() {
  'use strict';
  return Array.from(arguments).reduce((a, b) => a + b, 0);
}
