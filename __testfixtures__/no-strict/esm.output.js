import { join } from 'node:path';

export function f() {
  return join('a', 'b');
}
