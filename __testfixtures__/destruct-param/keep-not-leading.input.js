function connect(options) {
  log('connecting');
  const port = options.port;
  return port;
}
