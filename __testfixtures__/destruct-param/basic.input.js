function createServer(options) {
  const port = options.port;
  const host = options.host;
  let timeout = options.timeout;
  if (!timeout) timeout = 30;
  return listen(host, port, timeout);
}

const render = (props) => {
  const title = props.title;
  const body = props.children;
  return wrap(title, body);
};

class Store {
  constructor(config, logger) {
    const initial = config.state;
    this.state = initial;
    this.logger = logger;
  }
}
