export function f() {
  'use\x20strict';
  const s = 'use strict';
  return s;
}
