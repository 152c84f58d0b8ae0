function connect(options) {
  'use strict';
  const port = options.port;
  return port;
}
