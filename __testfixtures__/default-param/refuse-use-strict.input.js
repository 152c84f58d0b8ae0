function tag(name, value) {
  'use strict';
  if (value === undefined) value = true;
  return [name, value];
}
