function connect(host, port, retries) {
  if (port === undefined) port = 5432;
  if (typeof retries === 'undefined') {
    retries = 3;
  }
  return open(host, port, retries);
}

const pad = function (text, width) {
  width = width === undefined ? 8 : width;
  return text.padStart(width);
};

const greet = (name, greeting) => {
  if (undefined === greeting) greeting = `Hello, ${name}`;
  return greeting;
};

class Pager {
  constructor(size) {
    if (size === void 0) size = 20;
    this.size = size;
  }
}
