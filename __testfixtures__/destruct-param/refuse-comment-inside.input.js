function connect(options) {
  const port = /* the port */ options.port;
  return port;
}
