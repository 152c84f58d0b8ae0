'use strict';

import { join } from 'node:path';

export function f() {
  "use strict";
  return join('a', 'b');
}
