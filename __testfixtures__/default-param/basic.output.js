function connect(host, port = 5432, retries = 3) {
  return open(host, port, retries);
}

const pad = function (text, width = 8) {
  return text.padStart(width);
};

const greet = (name, greeting = `Hello, ${name}`) => {
  return greeting;
};

class Pager {
  constructor(size = 20) {
    this.size = size;
  }
}
