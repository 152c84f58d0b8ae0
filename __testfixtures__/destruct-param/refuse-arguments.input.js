function connect(options) {
  const port = options.port;
  return [port, arguments.length];
}
