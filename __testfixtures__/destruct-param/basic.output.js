function createServer({ port, host, timeout }) {
  if (!timeout) timeout = 30;
  return listen(host, port, timeout);
}

const render = ({ title, children: body }) => {
  return wrap(title, body);
};

class Store {
  constructor({ state: initial }, logger) {
    this.state = initial;
    this.logger = logger;
  }
}
